package io.barback.platform;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Turns Barback's own start-up failures into the short message and the action to take. */
public final class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProductionSettingsCheck.MissingProductionSettingsException missing) {
                return new FailureAnalysis("Production settings are missing:\n  - "
                        + String.join("\n  - ", missing.problems()),
                        "Set these environment variables (see README, 'Configuration'), or run locally with "
                                + "./mvnw spring-boot:run", t);
            }
        }
        return null;
    }
}
