package io.barback.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.barback.finance.TradingCalendar;
import io.barback.invoices.InvoiceMail;
import io.barback.platform.Json;
import io.barback.platform.local.LocalStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Barback runs as a process of its own and is killed with SIGKILL three times in the middle of
 * its work: while a till posts sales (CDC behind), while the projections apply a burst, and
 * while invoice mails are being read. A till that loses its connection retries with the same
 * Idempotency-Key, as a real till does. When everything has settled, every stock level and
 * money figure must equal what is computed here, independently of the pipeline, from the
 * sales the API accepted and the invoices as read: nothing lost, nothing counted twice.
 * The invoice mailbox (GreenMail) and MongoDB (the MongoDB-wire server) run in this JVM, so
 * that they survive the kills, as the real servers would; PostgreSQL and Kafka are Barback's
 * local stack, killed with it and recovered from their files.
 */
@Execution(ExecutionMode.CONCURRENT) // beside the stack tests: see junit-platform.properties
class CrashRecoveryTest {

    static final int SALES = 2400;
    static final int VOID_EVERY = 13;
    static final int THREADS = 4;
    static final String KEY = "Bearer local-demo-key";
    static final String VENUE = "/api/v1/venues/the-local";
    static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
    static final String[][] ITEMS = {
        {"GUINNESS-DRAUGHT", "pint", "5.90"}, {"GUINNESS-DRAUGHT", "half", "3.10"}, {"HEINEKEN-DRAUGHT", "pint", "6.20"},
        {"BULMERS-DRAUGHT", "pint", "6.30"}, {"JAMESON-70", "measure", "6.50"}, {"HOUSE-RED-75", "glass", "7.50"},
        {"COKE-200-BTL", null, "3.20"}, {"TAYTO-CHEESE-ONION", null, "2.00"}, {"HEINEKEN-330-BTL", null, "5.80"}};

    record Accepted(String saleId, Instant occurredAt, BigDecimal net, BigDecimal vat, BigDecimal gross,
                    Map<String, BigDecimal> units, boolean voided) {
    }

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final Map<Integer, Accepted> accepted = new ConcurrentHashMap<>();
    final AtomicInteger voids = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    final List<Future<?>> sales = new ArrayList<>();
    BarbackProcess barback;
    GreenMail mailbox;
    io.barback.platform.local.LocalMongo mongo;
    OutageProxy mailboxLink;
    ExecutorService till;

    @AfterEach
    void stop() throws Exception {
        if (till != null) {
            till.shutdownNow();
        }
        if (barback != null) {
            barback.close();
        }
        if (mailboxLink != null) {
            mailboxLink.close();
        }
        if (mailbox != null) {
            mailbox.stop();
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    @Test
    void killedThreeTimesMidStreamEverySaleAndInvoiceIsCountedOnce() throws Exception {
        // the venue's mailbox: strips "+the-local" as the real ones do
        mailbox = new GreenMail(new ServerSetup[] {
                new ServerSetup(LocalStack.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(LocalStack.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                        .withSieveIgnoreDetail());
        mailbox.start();
        mailbox.setUser("invoices@barback.local", "invoices@barback.local", "barback");
        int smtp = mailbox.getSmtp().getPort();
        int imap = mailbox.getImap().getPort();
        InvoiceMail mail = new InvoiceMail(smtp, imap);
        // Barback reaches the mailbox through a link the drill can cut
        mailboxLink = new OutageProxy(imap);

        // MongoDB, like the mailbox, is a server of its own in production: it outlives a kill of
        // Barback. (The local stack's file-backed stand-in is not crash-safe: a kill -9 can leave
        // its _id index and its documents disagreeing.)
        mongo = new io.barback.platform.local.LocalMongo(null, LocalStack.freePort());
        mongo.start();

        Path dir = Path.of("target", "crash", "run-" + System.currentTimeMillis()).toAbsolutePath();
        barback = new BarbackProcess(dir, List.of("--barback.mail.host=127.0.0.1", "--barback.mail.port=" + mailboxLink.port(),
                "--barback.mail.smtp-port=" + smtp, "--barback.mail.poll-delay=300", "--barback.mail.health-interval=2s",
                "--barback.mongodb.uri=" + mongo.uri("barback")));
        log("first start in %d ms (%s)", barback.start().toMillis(), dir);
        // while starting, the probe keeps the orchestrator away: never 200 before it is ready
        assertThat(barback.readiness).isNotEmpty().allSatisfy(answer -> {
            if (answer.contains("OUT_OF_SERVICE") || answer.contains("\"DOWN\"")) {
                assertThat(answer).startsWith("503");
            }
        });
        Map<String, Map<String, BigDecimal>> servings = servings();

        till = Executors.newFixedThreadPool(THREADS);
        for (int i = 0; i < SALES; i++) {
            int n = i;
            sales.add(till.submit(() -> sell(n, servings)));
        }

        // 1: while the till is selling: CDC has not published everything that is committed
        awaitAccepted(600);
        InFlight first = inFlight();
        barback.kill();
        log("kill 1 (selling): %s", first);
        log("started again in %d ms", barback.start().toMillis());
        long publishedAtStart = inFlight().published();

        // 2: while the projections work through a backlog, once CDC streams again from the slot (a kill
        // before it has, a second after the start on a slow machine, would leave a start that never read it)
        // and at a moment they are still behind: the projections, faster since they share their reads,
        // can otherwise have caught up between a look at CDC and the kill
        awaitAccepted(1500);
        java.util.concurrent.atomic.AtomicReference<InFlight> streaming = new java.util.concurrent.atomic.AtomicReference<>();
        awaitUntil(Duration.ofSeconds(120), () -> {
            streaming.set(inFlight());
            return streaming.get().published() > publishedAtStart && streaming.get().behind();
        });
        InFlight second = streaming.get();
        barback.kill();
        log("kill 2 (projecting): %s", second);
        log("started again in %d ms", barback.start().toMillis());

        // 3: while invoice mails are being read
        List<Path> invoices;
        try (var files = Files.list(Path.of("sample-invoices"))) {
            invoices = files.filter(p -> p.getFileName().toString().endsWith("-text.pdf")).sorted().limit(22).toList();
        }
        for (Path pdf : invoices.subList(0, 12)) {
            send(mail, pdf);
        }
        awaitUntil(Duration.ofSeconds(120), () -> folder(imap, "Barback.Processed") >= 1);
        int waiting = folder(imap, "INBOX");
        barback.kill();
        log("kill 3 (reading invoices): %d mails processed, %d still in the inbox", folder(imap, "Barback.Processed"), waiting);
        log("started again in %d ms", barback.start().toMillis());

        // the mailbox goes away while more invoices arrive: Barback says so on its readiness probe
        // (degraded, still 200: the tills keep selling) and reads them all once the mailbox is back
        mailboxLink.cut();
        long cut = System.nanoTime();
        for (Path pdf : invoices.subList(12, invoices.size())) {
            send(mail, pdf);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(barback.base()
                    + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(Json.read(ready.body()).at("/components/mailbox/status").asText()).isEqualTo("DEGRADED");
        });
        int waitingWhileAway = folder(imap, "INBOX");
        mailboxLink.restore();
        log("mailbox away for %d s with %d mails waiting; readiness said DEGRADED", (System.nanoTime() - cut) / 1_000_000_000,
                waitingWhileAway);

        for (Future<?> f : sales) {
            f.get(10, TimeUnit.MINUTES);
        }
        log("the till is done: %d sales accepted, %d voided, %d requests retried across the kills", accepted.size(),
                voids.get(), retries.get());

        // everything mailed ends processed, nothing waits, nothing was turned away
        // counted by Message-ID: a kill between the mailbox's copy to Processed and its delete from
        // the inbox (IMAP has no atomic move here) leaves a copy in both; read again, the invoice is
        // applied once (the figures below) and the second copy lands in Processed beside the first
        awaitUntil(Duration.ofSeconds(180), () -> messageIds(imap, "Barback.Processed").size() == invoices.size()
                && folder(imap, "INBOX") == 0);
        assertThat(folder(imap, "Barback.Rejected") + folder(imap, "Barback.Failed")).isZero();

        // the figures settle on what the till and the invoices say, and stay there
        java.util.concurrent.atomic.AtomicReference<Figures> expected = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Figures> actual = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                expected.set(expected(invoices, servings));
                actual.set(actual());
                return expected.get() != null && expected.get().equals(actual.get());
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // the comparison below says what differs
        }
        assertThat(invoices).as("invoices mailed").hasSize(22);
        assertThat(expected.get()).as("every mailed invoice applied once, none held, failed or duplicated").isNotNull();
        assertThat(actual.get()).isEqualTo(expected.get());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> actual().equals(expected.get()));
        log("settled: %s", actual.get());

        // the three kills hit work in progress
        assertThat(first.behind()).as("kill 1 with sales not yet projected: " + first).isTrue();
        assertThat(second.behind()).as("kill 2 with sales not yet projected: " + second).isTrue();
        assertThat(waiting).as("kill 3 with mails still unread").isPositive();
        assertThat(waitingWhileAway).as("mails waiting while the mailbox was away").isGreaterThanOrEqualTo(10);

        // a graceful restart too, as a deploy does it: within the pod's grace period, the database
        // last (it stays up under the requests and routes that are finishing), the slot kept, and
        // a sale after it flows through
        Path stoppedLog = barback.log();
        BarbackProcess.Stop stop = barback.stop();
        assertThat(stop.forced()).as("stopped by itself within the 45 s grace period: " + stop).isFalse();
        Instant stopping = logTime(stoppedLog, "Commencing graceful shutdown");
        Instant camelStopped = logTime(stoppedLog, "(barback) shutdown in");
        List<Instant> postgresStops = postgresTimes(postgresLog(dir), "received fast shutdown request");
        assertThat(postgresStops).as("PostgreSQL stopped after Camel (%s .. %s)", stopping, camelStopped)
                .noneMatch(t -> !t.isBefore(stopping) && t.isBefore(camelStopped))
                .anyMatch(t -> !t.isBefore(camelStopped));
        log("stopped with SIGTERM in %d ms; started again in %d ms", stop.took().toMillis(), barback.start().toMillis());
        JsonNode after = Json.read(untilAnswered("POST", VENUE + "/sales",
                "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": 1, \"unitPrice\": \"2.00\"}]}",
                "crash-after-restart", 201));
        BigDecimal crispsBefore = expected.get().onHand().get("TAYTO-CHEESE-ONION");
        awaitUntil(Duration.ofSeconds(60), () -> crispsBefore.subtract(BigDecimal.ONE).compareTo(
                actual().onHand().get("TAYTO-CHEESE-ONION")) == 0);
        assertThat(after.get("saleId").asText()).isNotBlank();

        // one replication slot all along: created once, never dropped, read again after every start
        String serverLog = postgresLog(dir);
        assertThat(count(serverLog, "received replication command: CREATE_REPLICATION_SLOT \"barback\"")).as("slot created").isEqualTo(1);
        assertThat(count(serverLog, "received replication command: DROP_REPLICATION_SLOT")).as("slot dropped").isZero();
        assertThat(count(serverLog, "received replication command: START_REPLICATION SLOT \"barback\"")).as("streams from the slot")
                .isGreaterThanOrEqualTo(5);
    }

    /** PostgreSQL's own server log, every file of it: it logs the replication commands it receives. */
    static String postgresLog(Path dir) throws IOException {
        Path logs = dir.resolve("data").resolve("postgres").resolve("log");
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    /** When Barback's log first says {@code what} (its lines begin with an ISO instant). */
    static Instant logTime(Path log, String what) throws IOException {
        try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            String line = lines.filter(l -> l.contains(what)).findFirst()
                    .orElseThrow(() -> new AssertionError(log + " never says \"" + what + "\""));
            return Instant.parse(line.substring(0, line.indexOf(' ')));
        }
    }

    /** When PostgreSQL's log says {@code what}: its lines begin "2026-11-22 15:51:54.660 UTC". */
    static List<Instant> postgresTimes(String serverLog, String what) {
        return serverLog.lines().filter(l -> l.contains(what))
                .map(l -> Instant.parse(l.substring(0, 23).replace(' ', 'T') + "Z")).toList();
    }

    static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }

    // --- the till -------------------------------------------------------------------------

    /** One sale, retried with its Idempotency-Key until Barback answers; every 13th is voided. */
    void sell(int n, Map<String, Map<String, BigDecimal>> servings) {
        Random random = new Random(n);
        StringBuilder lines = new StringBuilder();
        int count = 1 + random.nextInt(3);
        for (int l = 0; l < count; l++) {
            String[] item = ITEMS[random.nextInt(ITEMS.length)];
            lines.append(l == 0 ? "" : ", ").append("{\"sku\": \"").append(item[0]).append('"')
                    .append(item[1] == null ? "" : ", \"serving\": \"" + item[1] + "\"")
                    .append(", \"quantity\": ").append(1 + random.nextInt(3))
                    .append(", \"unitPrice\": \"").append(item[2]).append("\"}");
        }
        String body = "{\"paymentMethod\": \"" + (n % 3 == 0 ? "card" : "cash") + "\", \"lines\": [" + lines + "]}";
        JsonNode sale = Json.read(untilAnswered("POST", VENUE + "/sales", body, "crash-sale-" + n, 201));
        boolean voided = n % VOID_EVERY == 0;
        if (voided) {
            untilAnswered("POST", VENUE + "/sales/" + sale.get("saleId").asText() + "/void", "{\"reason\": \"drill\"}",
                    null, 200);
            voids.incrementAndGet();
        }
        Map<String, BigDecimal> units = new TreeMap<>();
        for (JsonNode line : sale.get("lines")) {
            String sku = line.get("sku").asText();
            String serving = line.hasNonNull("serving") ? line.get("serving").asText() : null;
            // a serving's size from the catalog; items sold singly are one unit each
            BigDecimal size = serving == null ? BigDecimal.ONE
                    : servings.getOrDefault(sku, Map.of()).getOrDefault(serving, BigDecimal.ONE);
            units.merge(sku, size.multiply(new BigDecimal(line.get("quantity").asText())), BigDecimal::add);
        }
        JsonNode t = sale.get("totals");
        accepted.put(n, new Accepted(sale.get("saleId").asText(), Instant.parse(sale.get("occurredAt").asText()),
                new BigDecimal(t.get("net").asText()), new BigDecimal(t.get("vat").asText()),
                new BigDecimal(t.get("gross").asText()), units, voided));
    }

    /**
     * Sends until Barback answers, as a till does: a refused connection or a 5xx is tried again
     * every 200 ms (the same Idempotency-Key, so a sale that did commit is not made twice); a 4xx
     * fails the drill at once. Five minutes without an answer fails it too.
     */
    String untilAnswered(String method, String path, String body, String idempotencyKey, int expected) {
        java.util.concurrent.atomic.AtomicReference<String> answer = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        await().atMost(Duration.ofMinutes(5)).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    if (attempts.getAndIncrement() == 1) {
                        retries.incrementAndGet();
                    }
                    answer.set(attempt(method, path, body, idempotencyKey, expected));
                    return answer.get() != null;
                });
        return answer.get();
    }

    /** One request: the body when Barback gave the expected answer, null when it is down or failing (5xx). */
    String attempt(String method, String path, String body, String idempotencyKey, int expected)
            throws InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(barback.base() + path))
                .timeout(Duration.ofSeconds(15)).header("Authorization", KEY)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null; // Barback is down
        }
        if (r.statusCode() == expected || (expected == 201 && r.statusCode() == 200)) {
            return r.body();
        }
        if (r.statusCode() < 500) {
            throw new AssertionError(method + " " + path + " " + body + " → " + r.statusCode() + " " + r.body());
        }
        return null;
    }

    // --- what should be, and what is -----------------------------------------------------

    record Figures(long sales, BigDecimal net, BigDecimal vat, BigDecimal gross, Map<String, BigDecimal> vatOnSales,
                   long purchases, BigDecimal purchasesGross, BigDecimal purchasesVat, Map<String, BigDecimal> onHand) {
    }

    /**
     * From the sales the API accepted and the truth files of the invoices mailed (their totals and
     * VAT as printed, not as Barback read them); null until every mailed invoice is applied: an
     * invoice held for review, read twice or lost fails the drill. The stock an invoice brings is
     * taken from its lines as Barback matched them to the catalog, which the truth files do not name.
     */
    Figures expected(List<Path> mailed, Map<String, Map<String, BigDecimal>> servings) throws IOException {
        long count = 0;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        Map<String, BigDecimal> vatByPeriod = new TreeMap<>();
        Map<String, BigDecimal> onHand = new TreeMap<>();
        servings.keySet().forEach(sku -> onHand.put(sku, BigDecimal.ZERO));
        for (Accepted a : accepted.values()) {
            if (a.voided()) {
                continue;
            }
            count++;
            net = net.add(a.net());
            vat = vat.add(a.vat());
            gross = gross.add(a.gross());
            String period = TradingCalendar.vatPeriod(a.occurredAt().atZone(DUBLIN).toLocalDate(), 2);
            vatByPeriod.merge(period, a.vat(), BigDecimal::add);
            a.units().forEach((sku, u) -> onHand.merge(sku, u.negate(), BigDecimal::add));
        }
        long purchases = 0;
        BigDecimal pGross = BigDecimal.ZERO;
        BigDecimal pVat = BigDecimal.ZERO;
        for (Path pdf : mailed) {
            JsonNode truth = Json.read(Files.readString(pdf.resolveSibling(pdf.getFileName().toString()
                    .replace(".pdf", ".json")))).get("fields");
            BigDecimal total = new BigDecimal(truth.get("TOTAL").asText());
            if (total.signum() >= 0) {
                purchases++; // the books count invoices; a credit note is deducted but not counted
            }
            pGross = pGross.add(total);
            pVat = pVat.add(new BigDecimal(truth.get("TAX").asText()));
        }
        JsonNode items = Json.read(get(VENUE + "/invoices")).get("items");
        if (items.size() != mailed.size()) {
            return null;
        }
        for (JsonNode summary : items) {
            if (!summary.get("status").asText().equals("applied")) {
                return null;
            }
            for (JsonNode line : Json.read(get(VENUE + "/invoices/" + summary.get("invoiceId").asText())).get("lines")) {
                if (line.hasNonNull("sku")) {
                    onHand.merge(line.get("sku").asText(), new BigDecimal(line.get("stockUnits").asText()), BigDecimal::add);
                }
            }
        }
        onHand.replaceAll((k, v) -> v.stripTrailingZeros());
        return new Figures(count, net, vat, gross, vatByPeriod, purchases, pGross, pVat, onHand);
    }

    /** What the read API shows, from the projections. */
    Figures actual() {
        long count = 0;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        for (JsonNode day : Json.read(get(VENUE + "/finance/daily")).get("days")) {
            JsonNode s = day.get("sales");
            count += s.get("count").asLong();
            net = net.add(new BigDecimal(s.get("net").asText()));
            vat = vat.add(new BigDecimal(s.get("vat").asText()));
            gross = gross.add(new BigDecimal(s.get("gross").asText()));
        }
        Map<String, BigDecimal> vatByPeriod = new TreeMap<>();
        for (Accepted a : accepted.values()) {
            String period = TradingCalendar.vatPeriod(a.occurredAt().atZone(DUBLIN).toLocalDate(), 2);
            vatByPeriod.computeIfAbsent(period, p -> new BigDecimal(
                    Json.read(get(VENUE + "/finance/vat?period=" + p)).get("vatOnSales").asText()));
        }
        long purchases = 0;
        BigDecimal pGross = BigDecimal.ZERO;
        BigDecimal pVat = BigDecimal.ZERO;
        for (JsonNode s : Json.read(get(VENUE + "/finance/suppliers")).get("suppliers")) {
            purchases += s.get("invoices").asLong();
            pGross = pGross.add(new BigDecimal(s.get("gross").asText()));
            pVat = pVat.add(new BigDecimal(s.get("vat").asText()));
        }
        Map<String, BigDecimal> onHand = new TreeMap<>();
        for (JsonNode item : Json.read(get(VENUE + "/inventory")).get("items")) {
            onHand.put(item.get("sku").asText(), new BigDecimal(item.get("onHand").asText()).stripTrailingZeros());
        }
        return new Figures(count, net, vat, gross, vatByPeriod, purchases, pGross, pVat, onHand);
    }

    record InFlight(int accepted, long published, long projected, long acceptedNotVoided) {
        boolean behind() {
            return projected < acceptedNotVoided;
        }

        @Override
        public String toString() {
            return accepted + " sales accepted (" + acceptedNotVoided + " not voided), " + published
                    + " sale events on barback.sales.v1, " + projected + " sales in the figures";
        }
    }

    /** How far the pipeline is behind the till, looked at just before a kill. */
    InFlight inFlight() throws Exception {
        long notVoided = accepted.values().stream().filter(a -> !a.voided()).count();
        int acceptedNow = accepted.size();
        long projected = 0;
        for (JsonNode day : Json.read(get(VENUE + "/finance/daily")).get("days")) {
            projected += day.get("sales").get("count").asLong();
        }
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + barback.kafkaPort());
        long published = 0;
        try (Admin admin = Admin.create(p)) {
            Map<TopicPartition, OffsetSpec> ends = new java.util.HashMap<>();
            admin.describeTopics(List.of("barback.sales.v1")).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get("barback.sales.v1").partitions()
                    .forEach(i -> ends.put(new TopicPartition("barback.sales.v1", i.partition()), OffsetSpec.latest()));
            for (var e : admin.listOffsets(ends).all().get(30, TimeUnit.SECONDS).values()) {
                published += e.offset();
            }
        }
        return new InFlight(acceptedNow, published, projected, notVoided);
    }

    // --- helpers --------------------------------------------------------------------------

    Map<String, Map<String, BigDecimal>> servings() {
        Map<String, Map<String, BigDecimal>> out = new TreeMap<>();
        for (JsonNode product : Json.read(get(VENUE + "/products")).get("items")) {
            Map<String, BigDecimal> sizes = new TreeMap<>();
            product.get("servings").fields().forEachRemaining(e -> sizes.put(e.getKey(), new BigDecimal(e.getValue().asText())));
            out.put(product.get("sku").asText(), sizes);
        }
        return out;
    }

    String get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(barback.base() + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", KEY).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + path + " → " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void awaitAccepted(int n) {
        awaitUntil(Duration.ofMinutes(5), () -> {
            for (Future<?> f : sales) {
                if (f.isDone()) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new AssertionError("the till failed: " + e.getCause(), e.getCause());
                    }
                }
            }
            return accepted.size() >= n;
        });
    }

    /** Waits for the condition; an AssertionError from it (the till failed) ends the wait at once. */
    static void awaitUntil(Duration timeout, java.util.concurrent.Callable<Boolean> condition) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(100)).ignoreExceptionsInstanceOf(Exception.class)
                .until(condition);
    }

    static void send(InvoiceMail mail, Path pdf) throws Exception {
        mail.send(mail.mail("publican@the-local.ie", "invoices+the-local@barback.local", "Fwd: " + pdf.getFileName(),
                List.of(new InvoiceMail.File(pdf.getFileName().toString(), "application/pdf", Files.readAllBytes(pdf)))));
    }

    static int folder(int imap, String name) throws Exception {
        Properties p = new Properties();
        try (var store = jakarta.mail.Session.getInstance(p).getStore("imap")) {
            store.connect("127.0.0.1", imap, "invoices@barback.local", "barback");
            jakarta.mail.Folder folder = store.getFolder(name);
            return folder.exists() ? folder.getMessageCount() : 0;
        }
    }

    /** The distinct Message-IDs of a folder's mails. */
    static java.util.Set<String> messageIds(int imap, String name) throws Exception {
        Properties p = new Properties();
        try (var store = jakarta.mail.Session.getInstance(p).getStore("imap")) {
            store.connect("127.0.0.1", imap, "invoices@barback.local", "barback");
            jakarta.mail.Folder folder = store.getFolder(name);
            java.util.Set<String> ids = new java.util.HashSet<>();
            if (folder.exists()) {
                folder.open(jakarta.mail.Folder.READ_ONLY);
                try {
                    for (jakarta.mail.Message m : folder.getMessages()) {
                        String[] id = m.getHeader("Message-ID");
                        assertThat(id).as("a mail in %s without a Message-ID", name).isNotEmpty();
                        ids.add(id[0]);
                    }
                } finally {
                    folder.close(false);
                }
            }
            return ids;
        }
    }

    static void log(String format, Object... args) {
        System.out.println("crash drill: " + String.format(format, args));
    }
}
