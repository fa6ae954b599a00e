package io.barback.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.barback.platform.Json;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;

/**
 * Drives sales through the REST API of a running Barback and measures, per sale, the time from
 * sending the POST to both sales projections (inventory and finance) having applied it (the later
 * {@code appliedAt} of their traces in MongoDB). Prints one line per phase; not a test.
 *
 * <p>Arguments: {@code phases} as {@code count@rate} (rate 0 = as fast as the concurrency allows),
 * e.g. {@code 1000@50 4000@200 10000@0}. System properties: {@code bench.url}, {@code bench.mongo},
 * {@code bench.venue}, {@code bench.key}, {@code bench.concurrency}.
 */
public final class SalesBenchmark {

    record Sent(long sentAtMillis, long answeredAtMillis) {
    }

    /**
     * Where a phase's time went, p50/p99 in ms of each step: the POST answered, the event published
     * (its Kafka record's timestamp) after the POST was sent, and each projection applied after that.
     */
    record Stages(long[] answered, long[] published, long[] inventory, long[] finance) {
        String text() {
            return String.format(java.util.Locale.ROOT, "POST answered %d/%d, published %d/%d, inventory +%d/%d, finance +%d/%d",
                    pct(answered, 50), pct(answered, 99), pct(published, 50), pct(published, 99), pct(inventory, 50),
                    pct(inventory, 99), pct(finance, 50), pct(finance, 99));
        }
    }

    /** Reads when each of these sales' SaleRecorded was published: sale id → the record's timestamp. */
    interface PublishedAt {
        Map<String, Long> of(java.util.Set<String> saleIds) throws Exception;
    }

    /** One phase's figures: what was offered, what the pipeline applied, and how long it took end to end. */
    record Phase(String label, int count, double offeredPerSecond, double appliedPerSecond, long p50, long p95, long p99,
                 long max, int errors, int notApplied, Stages stages) {

        static final String HEADER = String.format("%-10s %8s %10s %10s %8s %8s %8s %8s %8s",
                "phase", "sales", "offered/s", "applied/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");

        String line() {
            return String.format(java.util.Locale.ROOT, "%-10s %8d %10.0f %10.0f %8d %8d %8d %8d %8d%s", label, count,
                    offeredPerSecond, appliedPerSecond, p50, p95, p99, max, errors,
                    notApplied == 0 ? "" : "  (" + notApplied + " not applied within 5 min)");
        }
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "http://localhost:8080/api/v1");
        String mongoUri = System.getProperty("bench.mongo", "mongodb://localhost:27017/barback");
        String venue = System.getProperty("bench.venue", "the-local");
        String key = System.getProperty("bench.key", "local-demo-key");
        int concurrency = Integer.getInteger("bench.concurrency", 32);
        List<String> phases = args.length == 0 ? List.of("1000@50", "4000@200", "10000@0") : Arrays.asList(args);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<JsonNode> products = new ArrayList<>();
        HttpResponse<String> catalog = http.send(HttpRequest.newBuilder(URI.create(url + "/venues/" + venue + "/products"))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
        if (catalog.statusCode() != 200) {
            throw new IllegalStateException("Barback is not answering at " + url + " (" + catalog.statusCode() + "); start it with ./mvnw spring-boot:run");
        }
        Json.read(catalog.body()).get("items").forEach(products::add);

        System.out.println(Phase.HEADER);
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoCollection<Document> applied = mongo.getDatabase("barback").getCollection("applied_events");
            for (String phase : phases) {
                String[] p = phase.split("@");
                System.out.println(run(http, applied, url, venue, key, products, Integer.parseInt(p[0]),
                        Integer.parseInt(p[1]), concurrency, phase, new java.util.concurrent.atomic.AtomicLong(), null, 0, null,
                        null).line());
            }
        }
    }

    /** The sales projections: a sale counts as applied when both have applied it. */
    static final List<String> PROJECTIONS = List.of("finance", "inventory");

    static Phase run(HttpClient http, MongoCollection<Document> applied, String url, String venue, String key,
                    List<JsonNode> products, int count, int rate, int concurrency, String label,
                    java.util.concurrent.atomic.AtomicLong accepted, PublishedAt publishedAt, int seconds,
                    Runnable sendingOver, java.util.function.BooleanSupplier caughtUp) throws Exception {
        SplittableRandom random = new SplittableRandom(count * 31L + rate);
        Map<String, Sent> sent = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(concurrency);
        // a phase with a time limit sends until then, however many that is: the count is a ceiling
        long until = seconds > 0 ? System.nanoTime() + seconds * 1_000_000_000L : Long.MAX_VALUE;
        java.util.concurrent.Phaser done = new java.util.concurrent.Phaser(1);
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        TillConnections tills = new TillConnections(url, venue, key, concurrency, new TillConnections.Callback() {
            @Override
            public void answered(TillConnections.Answer a) {
                try {
                    if (Math.abs(a.status()) == 201 && a.location() != null) {
                        sent.put(a.location().substring(a.location().lastIndexOf('/') + 1),
                                new Sent(a.sentAtMillis(), System.currentTimeMillis()));
                        accepted.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                } finally {
                    inFlight.release();
                    done.arriveAndDeregister();
                }
            }

            @Override
            public void failed(long sentAtMillis, Exception e) {
                errors.incrementAndGet();
                inFlight.release();
                done.arriveAndDeregister();
            }
        });
        int posted = 0;
        for (int i = 0; i < count && System.nanoTime() < until; i++) {
            if (rate > 0) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            inFlight.acquire();
            done.register();
            tills.post(sale(products, random).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            posted++;
        }
        done.arriveAndAwaitAdvance();
        tills.close();
        double offeredSeconds = (System.nanoTime() - start) / 1e9;
        if (sendingOver != null) {
            sendingOver.run();
        }

        // wait for every accepted sale to be applied by both sales projections: its time is the later of the two
        Map<String, Long> appliedAt = new HashMap<>();
        Map<String, Long> inventoryAt = new HashMap<>();
        Map<String, Long> financeAt = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        // while a backlog drains, the cheap signal (nothing left to publish or to apply, from Kafka's
        // offsets) is watched rather than the applied-event ledger: looking up a minute's sales there
        // every 200 ms is work for MongoDB, on the machine under test, while it drains
        if (caughtUp != null) {
            try {
                Awaitility.await().atMost(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
                        .pollInterval(Duration.ofMillis(200)).until(caughtUp::getAsBoolean);
            } catch (ConditionTimeoutException e) {
                // what was not applied by then, the ledger shows below
            }
        }
        List<String> pending = new ArrayList<>(sent.keySet());
        // the ledger is read at least once, however long the wait above took
        boolean read = false;
        while (!pending.isEmpty() && (!read || System.nanoTime() < deadline)) {
            read = true;
            List<String> still = new ArrayList<>();
            for (int from = 0; from < pending.size(); from += 500) {
                List<String> chunk = pending.subList(from, Math.min(pending.size(), from + 500));
                List<String> ids = new ArrayList<>();
                for (String id : chunk) {
                    for (String projection : PROJECTIONS) {
                        ids.add(projection + "|sale/" + id + "/recorded");
                    }
                }
                Map<String, Long> found = new HashMap<>();
                applied.find(Filters.in("_id", ids)).forEach(d -> found.put(d.getString("_id"), ((Date) d.get("appliedAt")).getTime()));
                for (String id : chunk) {
                    long latest = 0;
                    int seen = 0;
                    for (String projection : PROJECTIONS) {
                        Long at = found.get(projection + "|sale/" + id + "/recorded");
                        if (at != null) {
                            seen++;
                            latest = Math.max(latest, at);
                            (projection.equals("finance") ? financeAt : inventoryAt).put(id, at);
                        }
                    }
                    if (seen == PROJECTIONS.size()) {
                        appliedAt.put(id, latest);
                    } else {
                        still.add(id);
                    }
                }
            }
            pending = still;
            if (!pending.isEmpty()) {
                Thread.sleep(200);
            }
        }
        long[] latencies = appliedAt.entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - sent.get(e.getKey()).sentAtMillis())).sorted().toArray();
        long firstSent = sent.values().stream().mapToLong(Sent::sentAtMillis).min().orElse(0);
        long lastApplied = appliedAt.values().stream().mapToLong(Long::longValue).max().orElse(firstSent);
        double appliedPerSecond = appliedAt.size() / Math.max(0.001, (lastApplied - firstSent) / 1000.0);
        Stages stages = null;
        if (publishedAt != null && !appliedAt.isEmpty()) {
            Map<String, Long> published = publishedAt.of(appliedAt.keySet());
            List<String> ids = appliedAt.keySet().stream().filter(published::containsKey).toList();
            stages = new Stages(
                    ids.stream().mapToLong(id -> sent.get(id).answeredAtMillis() - sent.get(id).sentAtMillis()).sorted().toArray(),
                    ids.stream().mapToLong(id -> published.get(id) - sent.get(id).sentAtMillis()).sorted().toArray(),
                    ids.stream().mapToLong(id -> inventoryAt.get(id) - published.get(id)).sorted().toArray(),
                    ids.stream().mapToLong(id -> financeAt.get(id) - published.get(id)).sorted().toArray());
        }
        return new Phase(label, posted, posted / offeredSeconds, appliedPerSecond, pct(latencies, 50), pct(latencies, 95),
                pct(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1], errors.get(),
                pending.size(), stages);
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String sale(List<JsonNode> products, SplittableRandom random) {
        StringBuilder lines = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            JsonNode p = products.get(random.nextInt(products.size()));
            var prices = p.get("prices").fields();
            var price = prices.next();
            boolean byServing = p.get("servings").size() > 0;
            if (i > 0) {
                lines.append(',');
            }
            lines.append("{\"sku\":\"").append(p.get("sku").asText()).append('"');
            if (byServing) {
                lines.append(",\"serving\":\"").append(price.getKey()).append('"');
            }
            lines.append(",\"quantity\":").append(1 + random.nextInt(2)).append(",\"unitPrice\":\"")
                    .append(price.getValue().asText()).append("\"}");
        }
        return "{\"lines\":[" + lines + "],\"tillRef\":\"bench\"}";
    }
}
