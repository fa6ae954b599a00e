package io.barback.platform;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UuidsTest {

    @Test
    void idsAreVersionSevenWithTheTimeInFront() {
        UUID id = Uuids.timeOrdered(0x0190_1234_5678L, new SecureRandom());
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.toString()).startsWith("01901234-5678-7");
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(0x0190_1234_5678L);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAndNoneRepeat() {
        Set<UUID> seen = new HashSet<>();
        UUID earlier = Uuids.timeOrdered(1_000, new SecureRandom());
        UUID later = Uuids.timeOrdered(1_001, new SecureRandom());
        assertThat(earlier.toString().compareTo(later.toString())).isNegative();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(Uuids.timeOrdered())).isTrue();
        }
    }
}
