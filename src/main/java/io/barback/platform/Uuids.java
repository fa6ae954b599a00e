package io.barback.platform;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids for stored rows: UUID version 7 (RFC 9562), the time in milliseconds followed by 74
 * random bits. Time-ordered ids keep a table's primary-key index appending at its right edge,
 * where random ones touch a page anywhere in it. The random bits come from one strong generator
 * per thread: {@link UUID#randomUUID()} shares a single one, whose lock every request thread
 * queued on under load (17 s of blocking in a 43 s profile of the load benchmark).
 */
public final class Uuids {

    /**
     * DRBG: each instance keeps its own state. The default on Linux (NativePRNG) is a front to one
     * shared, locked reader of /dev/urandom, however many instances there are.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no DRBG", e);
        }
    });

    private Uuids() {
    }

    public static UUID timeOrdered() {
        return timeOrdered(System.currentTimeMillis(), RANDOM.get());
    }

    static UUID timeOrdered(long epochMillis, SecureRandom random) {
        byte[] r = new byte[10];
        random.nextBytes(r);
        long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16
                | 0x7000L // version 7
                | ((r[0] & 0x0FL) << 8) | (r[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L; // variant 10
        for (int i = 2; i < 10; i++) {
            low |= (r[i] & 0xFFL) << (8 * (9 - i));
        }
        low = 0x8000_0000_0000_0000L | (low & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(high, low);
    }
}
