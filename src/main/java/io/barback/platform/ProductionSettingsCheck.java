package io.barback.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In production ({@code SPRING_PROFILES_ACTIVE=prod}) every URL and secret comes from the
 * environment. Refuse to start when one is missing, naming all of them at once, and refuse the
 * local stack and the local demo secrets outright.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class ProductionSettingsCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Environment variable → what it is for. */
    static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry("MAIL_HOST", "IMAP host of the venues' invoice mailbox"),
            Map.entry("MAIL_USERNAME", "IMAP login of the invoice mailbox"),
            Map.entry("MAIL_PASSWORD", "IMAP password of the invoice mailbox"),
            Map.entry("POSTGRES_HOST", "PostgreSQL host (system of record)"),
            Map.entry("POSTGRES_DB", "PostgreSQL database name"),
            Map.entry("POSTGRES_USER", "PostgreSQL user with the REPLICATION attribute"),
            Map.entry("POSTGRES_PASSWORD", "PostgreSQL password"),
            Map.entry("KAFKA_BOOTSTRAP_SERVERS", "Kafka bootstrap servers"),
            Map.entry("MONGODB_URI", "MongoDB connection string"),
            Map.entry("BARBACK_ADMIN_PASSWORD", "the operator's password (Hawtio, metrics, /api/v1/admin)"));

    /** The local run's published secrets: fine on a laptop, an open door in production. */
    static final Set<String> LOCAL_SECRETS = Set.of("barback", "postgres", "admin", "password",
            "local-demo-key");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (!env.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        REQUIRED.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String value = env.getProperty(e.getKey());
            if (value == null || value.isBlank()) {
                problems.add(e.getKey() + " (" + e.getValue() + ") is not set");
            }
        });
        if (env.getProperty("barback.local-stack.enabled", Boolean.class, false)) {
            problems.add("barback.local-stack.enabled=true: the embedded local stack is not for production");
        }
        for (String secret : List.of("POSTGRES_PASSWORD", "MAIL_PASSWORD", "BARBACK_ADMIN_PASSWORD")) {
            String value = env.getProperty(secret);
            if (value != null && LOCAL_SECRETS.contains(value.strip().toLowerCase(Locale.ROOT))) {
                problems.add(secret + " is a local default; set a real secret");
            }
        }
        String admin = env.getProperty("BARBACK_ADMIN_PASSWORD");
        if (admin != null && !admin.isBlank() && !admin.startsWith("{") && admin.length() < 12) {
            problems.add("BARBACK_ADMIN_PASSWORD is shorter than 12 characters (or give a {bcrypt} hash)");
        }
        if (!problems.isEmpty()) {
            throw new MissingProductionSettingsException(problems);
        }
    }

    /** Thrown at start-up in production when settings are missing; rendered by {@link StartupFailureAnalyzer}. */
    public static final class MissingProductionSettingsException extends IllegalStateException {
        private final List<String> problems;

        MissingProductionSettingsException(List<String> problems) {
            super("Barback (prod profile) cannot start: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
