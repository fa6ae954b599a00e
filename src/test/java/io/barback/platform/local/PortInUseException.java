package io.barback.platform.local;

/** A port the local stack needs is taken by something else. */
public final class PortInUseException extends IllegalStateException {

    private final int port;
    private final String property;

    PortInUseException(int port, String property, String what) {
        super("Port " + port + " for " + what + " is already in use. Stop whatever holds it, or move "
                + what + " with --" + property + "=<port> (0 picks a free one).");
        this.port = port;
        this.property = property;
    }

    public int port() {
        return port;
    }

    public String property() {
        return property;
    }
}
