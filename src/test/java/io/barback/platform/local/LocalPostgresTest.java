package io.barback.platform.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalPostgresTest {

    @TempDir
    Path dir;

    @Test
    void pidFileOfADeadRunIsRemoved() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dir.resolve("postmaster.pid"), gone.pid() + "\n" + dir + "\n");
        LocalPostgres.reapOrphanedPostmaster(dir);
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aLiveProcessThatIsNotPostgresIsLeftAlone() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(dir.resolve("postmaster.pid"), sleeper.pid() + "\n");
            LocalPostgres.reapOrphanedPostmaster(dir);
            assertThat(sleeper.isAlive()).isTrue();
            assertThat(dir.resolve("postmaster.pid")).doesNotExist();
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aTakenPortFailsNamingThePortAndTheProperty() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> LocalStack.requireFree(taken.getLocalPort(), "barback.local-stack.kafka-port", "Kafka"))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()))
                    .hasMessageContaining("--barback.local-stack.kafka-port");
        }
    }

    @Test
    void secondRunOnTheSameDataIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
        try (DataDirLock first = DataDirLock.acquire(dir)) {
            assertThatThrownBy(() -> DataDirLock.acquire(dir)).hasMessageContaining("Another Barback");
        }
        try (DataDirLock again = DataDirLock.acquire(dir)) {
            assertThat(again).isNotNull();
        }
    }
}
