package io.barback.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a failed start puts in the test report, read from the process's log. */
class BarbackProcessTest {

    @TempDir
    Path dir;

    @Test
    void springBootsFailureSectionIsQuotedWhenThereIsOne() throws Exception {
        Path log = write("""
                2026-11-22T15:51:30.100Z ERROR 1 --- [main] o.a.c.Foo : an earlier error
                ***************************
                APPLICATION FAILED TO START
                ***************************

                Description:

                Web server failed to start. Port 18080 was already in use.
                """);

        String why = BarbackProcess.whyItFailed(log);

        assertThat(why).startsWith("APPLICATION FAILED TO START").contains("Port 18080 was already in use")
                .doesNotContain("an earlier error");
    }

    @Test
    void otherwiseTheLastErrorAndItsCauses() throws Exception {
        Path log = write("""
                2026-11-22T15:51:30.100Z ERROR 1 --- [main] o.a.c.Foo : an earlier error
                Caused by: java.io.IOException: earlier cause
                2026-11-22T15:51:31.200Z ERROR 1 --- [main] o.s.b.SpringApplication : Application run failed
                java.lang.IllegalStateException: Failed to start bean
                \tat org.springframework.Foo.start(Foo.java:1)
                Caused by: org.postgresql.util.PSQLException: Connection refused
                \tat org.postgresql.Bar.connect(Bar.java:2)
                Caused by: java.net.ConnectException: Connection refused
                2026-11-22T15:51:31.300Z  INFO 1 --- [main] o.a.c.Foo : shutting down
                """);

        String why = BarbackProcess.whyItFailed(log);

        assertThat(why.lines()).containsExactly(
                "2026-11-22T15:51:31.200Z ERROR 1 --- [main] o.s.b.SpringApplication : Application run failed",
                "Caused by: org.postgresql.util.PSQLException: Connection refused",
                "Caused by: java.net.ConnectException: Connection refused");
    }

    @Test
    void withoutAnErrorTheLogsLastLines() throws Exception {
        Path log = write(IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

        assertThat(BarbackProcess.whyItFailed(log).lines()).hasSize(12).startsWith("line 9").endsWith("line 20");
    }

    @Test
    void aMissingLogIsSaidSo() {
        assertThat(BarbackProcess.whyItFailed(dir.resolve("barback-9.log"))).startsWith("(no log: ");
    }

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("barback-1.log"), text);
    }
}
