package io.barback.platform.local;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** A local stack that could not start because a port is taken: the short message and the action to take. */
public final class LocalStackFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException port) {
                return new FailureAnalysis(port.getMessage(),
                        "Free port " + port.port() + " or start with --" + port.property() + "=<another port>", t);
            }
        }
        return null;
    }
}
