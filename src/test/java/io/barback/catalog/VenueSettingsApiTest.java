package io.barback.catalog;

import java.util.Set;

import io.barback.platform.web.ApiProblem;
import io.barback.support.Bodies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The settings body, bound and checked without the stack. */
class VenueSettingsApiTest {

    static final Set<String> CATEGORIES = Set.of("draught", "spirits", "wine");

    @Test
    void percentsComeAsStringsOrNumbersAndLeftOutMeansTheDefault() {
        VenueSettings s = VenueSettingsApi.parse(bind("""
                {"varianceAllowancePercent": {"draught": "2.50", "spirits": 1, "wine": "0"}, "priceChangePercent": 100}"""),
                CATEGORIES);
        assertThat(s.allowancePercent("draught")).isEqualByComparingTo("2.5");
        assertThat(s.allowancePercent("draught").toPlainString()).isEqualTo("2.5");
        assertThat(s.allowancePercent("spirits").toPlainString()).isEqualTo("1");
        assertThat(s.allowancePercent("wine")).isEqualByComparingTo("0");
        assertThat(s.allowancePercent("snacks")).as("none set").isEqualByComparingTo("0");
        assertThat(s.priceChangePercent().toPlainString()).isEqualTo("100");

        VenueSettings empty = VenueSettingsApi.parse(bind("{}"), CATEGORIES);
        assertThat(empty.varianceAllowancePercent()).isEmpty();
        assertThat(empty.priceChangePercent()).isNull();
    }

    @Test
    void eachBadValueIsA422NamingItsField() {
        assertField("{\"varianceAllowancePercent\": {\"cider\": \"2\"}}", 422, "/varianceAllowancePercent/cider");
        assertField("{\"varianceAllowancePercent\": {\"draught\": \"25.01\"}}", 422, "/varianceAllowancePercent/draught");
        assertField("{\"varianceAllowancePercent\": {\"draught\": true}}", 422, "/varianceAllowancePercent/draught");
        assertField("{\"varianceAllowancePercent\": \"draught\"}", 422, "/varianceAllowancePercent");
        assertField("{\"priceChangePercent\": \"-3\"}", 422, "/priceChangePercent");
        assertField("{\"priceChangePercent\": \"100.5\"}", 422, "/priceChangePercent");
        assertField("{\"priceChangePercent\": \"3%\"}", 422, "/priceChangePercent");
        assertField("{\"threshold\": \"3\"}", 422, "/threshold");
        assertField("\"3\"", 400, null);
    }

    private static VenueSettingsApi.SettingsRequest bind(String body) {
        return Bodies.bind(body, VenueSettingsApi.SettingsRequest.class, ApiProblem::invalid);
    }

    private static void assertField(String body, int status, String field) {
        ApiProblem p = catchThrowableOfType(ApiProblem.class, () -> VenueSettingsApi.parse(bind(body), CATEGORIES));
        assertThat(p).as(body).isNotNull();
        assertThat(p.status()).as(body).isEqualTo(status);
        assertThat(p.field()).as(body).isEqualTo(field);
    }
}
