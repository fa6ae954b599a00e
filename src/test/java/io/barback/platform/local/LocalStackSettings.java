package io.barback.platform.local;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

/**
 * What the local stack is asked for. Port 0 means "any free port" (the tests use it so the
 * suite runs while a local instance is up).
 */
record LocalStackSettings(Path dataDir, boolean persistent, boolean wipe,
                          int postgresPort, int kafkaPort, int kafkaControllerPort, int mongoPort,
                          int textractPort, int smtpPort, int imapPort, boolean kafkaEnabled, boolean textractEnabled) {

    static LocalStackSettings from(Environment env) {
        boolean persistent = env.getProperty("barback.local-stack.persistent", Boolean.class, true);
        String dir = env.getProperty("barback.local-stack.data-dir", "./.barback");
        Path dataDir = Path.of(dir);
        if (!persistent) {
            // Each test context gets its own scratch directory, deleted when the context closes.
            dataDir = dataDir.resolve("run-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        }
        return new LocalStackSettings(dataDir, persistent,
                env.getProperty("barback.local-stack.wipe", Boolean.class, false),
                env.getProperty("barback.local-stack.postgres-port", Integer.class, 5432),
                env.getProperty("barback.local-stack.kafka-port", Integer.class, 9092),
                env.getProperty("barback.local-stack.kafka-controller-port", Integer.class, 9093),
                env.getProperty("barback.local-stack.mongo-port", Integer.class, 27017),
                env.getProperty("barback.local-stack.textract-port", Integer.class, 4566),
                env.getProperty("barback.local-stack.smtp-port", Integer.class, 3025),
                env.getProperty("barback.local-stack.imap-port", Integer.class, 3143),
                // false: Barback uses the broker or reader its own settings name (a benchmark runs them apart)
                env.getProperty("barback.local-stack.kafka-enabled", Boolean.class, true),
                env.getProperty("barback.local-stack.textract-enabled", Boolean.class, true));
    }

    int resolvePort(int configured, String property, String what) {
        if (configured == 0) {
            return LocalStack.freePort();
        }
        LocalStack.requireFree(configured, property, what);
        return configured;
    }
}
