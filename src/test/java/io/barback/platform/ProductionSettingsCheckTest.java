package io.barback.platform;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProductionSettingsCheckTest {

    @Test
    void prodRefusesToStartNamingEveryMissingSetting() {
        MockEnvironment env = new MockEnvironment().withProperty("POSTGRES_HOST", "db.internal");
        env.setActiveProfiles("prod");
        ProductionSettingsCheck.MissingProductionSettingsException e = catchThrowableOfType(
                ProductionSettingsCheck.MissingProductionSettingsException.class, () -> check(env));
        assertThat(String.join("\n", e.problems())).contains("POSTGRES_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI",
                "POSTGRES_DB", "POSTGRES_USER").doesNotContain("POSTGRES_HOST");
        assertThat(new StartupFailureAnalyzer().analyze(e).getDescription()).contains("MONGODB_URI");
    }

    @Test
    void prodRefusesTheLocalStackAndLocalSecrets() {
        MockEnvironment env = complete().withProperty("barback.local-stack.enabled", "true").withProperty("POSTGRES_PASSWORD", "postgres");
        ProductionSettingsCheck.MissingProductionSettingsException e = catchThrowableOfType(
                ProductionSettingsCheck.MissingProductionSettingsException.class, () -> check(env));
        assertThat(e.problems()).anyMatch(p -> p.contains("local-stack")).anyMatch(p -> p.contains("local default"));
    }

    @Test
    void prodRefusesTheLocalOperatorLoginAndAShortPassword() {
        ProductionSettingsCheck.MissingProductionSettingsException local = catchThrowableOfType(
                ProductionSettingsCheck.MissingProductionSettingsException.class,
                () -> check(complete().withProperty("BARBACK_ADMIN_PASSWORD", "barback")));
        assertThat(local.problems()).anyMatch(p -> p.startsWith("BARBACK_ADMIN_PASSWORD is a local default"));
        ProductionSettingsCheck.MissingProductionSettingsException shortOne = catchThrowableOfType(
                ProductionSettingsCheck.MissingProductionSettingsException.class,
                () -> check(complete().withProperty("BARBACK_ADMIN_PASSWORD", "s3cret!")));
        assertThat(shortOne.problems()).anyMatch(p -> p.contains("shorter than 12"));
        ProductionSettingsCheck.MissingProductionSettingsException mail = catchThrowableOfType(
                ProductionSettingsCheck.MissingProductionSettingsException.class,
                () -> check(complete().withProperty("MAIL_PASSWORD", "barback")));
        assertThat(mail.problems()).anyMatch(p -> p.startsWith("MAIL_PASSWORD is a local default"));
        // an encoded password is taken as it is
        assertThatCode(() -> check(complete().withProperty("BARBACK_ADMIN_PASSWORD",
                "{bcrypt}$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234"))).doesNotThrowAnyException();
    }

    @Test
    void prodStartsWhenEverythingIsSetAndOtherProfilesAreNotChecked() {
        assertThatCode(() -> check(complete())).doesNotThrowAnyException();
        assertThatCode(() -> check(new MockEnvironment())).doesNotThrowAnyException();
    }

    static MockEnvironment complete() {
        MockEnvironment env = new MockEnvironment();
        ProductionSettingsCheck.REQUIRED.keySet().forEach(k -> env.setProperty(k, "set-" + k.toLowerCase()));
        env.setActiveProfiles("prod");
        return env;
    }

    static void check(MockEnvironment env) {
        try (GenericApplicationContext ctx = new GenericApplicationContext()) {
            ctx.setEnvironment(env);
            new ProductionSettingsCheck().initialize(ctx);
        }
    }
}
