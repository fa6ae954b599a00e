package io.barback.platform.events;

/**
 * Input that can never be processed however often it is retried: it is parked on the
 * dead-letter topic with this message as the reason, and the stream goes on.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message);
    }
}
