package io.barback.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.barback.platform.local.LocalPostgres;
import io.barback.platform.local.LocalStack;
import org.flywaydb.core.Flyway;

/**
 * The raw PostgreSQL ceiling for storing a sale, measured before Barback starts: a fresh server
 * set up as the local stack's (durable: fsync and synchronous commit), Barback's schema and demo
 * venue, and pgbench with 16 clients storing the sale the way Barback's one statement does (the
 * till key and catalog version checked, the sale row with its lines as JSON, three sale_line rows).
 * What Barback sustains is then read as a share of what PostgreSQL alone can take on this machine.
 */
final class PostgresCeiling {

    private static final int CLIENTS = 16;
    private static final int SECONDS = 20;

    private PostgresCeiling() {
    }

    /** Runs pgbench and returns one line for the report, or why it could not run. */
    static String measure(Path dir) throws Exception {
        Optional<Path> pgbench = pgbench();
        if (pgbench.isEmpty()) {
            return "PostgreSQL ceiling: not measured (no pgbench: apt-get install postgresql-client)";
        }
        int port = LocalStack.freePort();
        try (LocalPostgres postgres = new LocalPostgres(dir.resolve("data"), port, true)) {
            postgres.start();
            Flyway.configure().dataSource(postgres.jdbcUrl(), "postgres", "")
                    .locations("classpath:db/migration", "classpath:db/demo").load().migrate();
            Path script = dir.resolve("sale.sql");
            Files.writeString(script, SCRIPT);
            List<String> command = new ArrayList<>(List.of(pgbench.get().toString(), "-h", "localhost", "-p",
                    String.valueOf(port), "-U", "postgres", "-n", "-M", "prepared", "-c", String.valueOf(CLIENTS), "-j", "2",
                    "-T", String.valueOf(SECONDS), "-f", script.toString(), "barback"));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("pgbench.log"), said);
            Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(said);
            if (p.waitFor() != 0 || !tps.find()) {
                return "PostgreSQL ceiling: pgbench failed, see " + dir.resolve("pgbench.log");
            }
            return String.format(Locale.ROOT, "PostgreSQL ceiling (pgbench, %d clients, synchronous commit, the same"
                    + " one-statement sale with 3 lines, %d s, before Barback starts): **%.0f sales/s**",
                    CLIENTS, SECONDS, Double.parseDouble(tps.group(1)));
        }
    }

    static double sales(String line) {
        Matcher m = Pattern.compile("\\*\\*(\\d+) sales/s\\*\\*").matcher(line);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static Optional<Path> pgbench() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, "pgbench");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable).sorted().reduce((a, b) -> b);
        }
    }

    /**
     * One sale per statement and per commit, the way a till's sale is stored when it arrives alone
     * (Barback's own statement takes its sales as one JSON parameter, which pgbench cannot send; under
     * load it stores many per statement, see SaleWrites): the till's key and the catalog version
     * checked, the sale row with its lines as JSON, three sale_line rows. Every colon in the JSON is
     * followed by a space: pgbench reads ":name" as a variable.
     */
    private static final String SCRIPT = """
            with checked as (
                select exists (select 1 from api_key where key_hash = sha256('local-demo-key'::bytea)
                                and venue_id = 'the-local' and revoked_at is null) as till_ok,
                       exists (select 1 from venue where id = 'the-local'
                                and catalog_version = (select catalog_version from venue where id = 'the-local')) as catalog_ok
            ), stored as (
                insert into sale (id, venue_id, status, occurred_at, recorded_at, payment_method, till_ref, simulated,
                                  net, vat, gross, lines)
                select gen_random_uuid(), 'the-local', 'recorded', now(), now(), 'card', 'bench', false, 11.59, 2.66, 14.25,
                       '[{"lineNo": 1,"sku": "GUINNESS-DRAUGHT","name": "Guinness Draught","serving": "pint","quantity": 1,"stockUnits": 568,"stockUnit": "ml","unitPrice": "5.90","vatRate": "0.23","net": "4.80","vat": "1.10","gross": "5.90"}, {"lineNo": 2,"sku": "TAYTO-CHEESE-ONION","name": "Tayto Cheese & Onion","quantity": 1,"stockUnits": 1,"stockUnit": "each","unitPrice": "2.00","vatRate": "0.23","net": "1.63","vat": "0.37","gross": "2.00"}, {"lineNo": 3,"sku": "JAMESON-70","name": "Jameson","serving": "measure","quantity": 1,"stockUnits": 35.5,"stockUnit": "ml","unitPrice": "6.35","vatRate": "0.23","net": "5.16","vat": "1.19","gross": "6.35"}]'::jsonb
                  from checked where till_ok and catalog_ok
                returning id, lines
            )
            insert into sale_line (sale_id, line_no, sku, name, serving, quantity, stock_units, stock_unit, unit_price,
                                   vat_rate, net, vat, gross)
            select s.id, l."lineNo", l.sku, l.name, l.serving, l.quantity, l."stockUnits", l."stockUnit", l."unitPrice",
                   l."vatRate", l.net, l.vat, l.gross
              from stored s, jsonb_to_recordset(s.lines) as l("lineNo" int, sku text, name text, serving text, quantity int,
                   "stockUnits" numeric, "stockUnit" text, "unitPrice" numeric, "vatRate" numeric, net numeric, vat numeric,
                   gross numeric);
            """.replace("\n", " ").trim() + "\n";
}
