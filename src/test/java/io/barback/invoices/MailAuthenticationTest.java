package io.barback.invoices;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailAuthenticationTest {

    static final String SENDER = "publican@the-local.ie";

    @Test
    void aFailedDmarcOrSpfForTheSendersDomainIsADoubt() {
        assertThat(MailAuthentication.doubt(List.of("mx.google.com; dkim=none; spf=pass smtp.mailfrom=x.example;"
                + " dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=the-local.ie"), SENDER))
                .hasValueSatisfying(d -> assertThat(d).contains("DMARC fail for the-local.ie").contains(SENDER));
        assertThat(MailAuthentication.doubt(List.of("mx.barback.local;\r\n\tspf=softfail (domain of transitioning"
                + " publican@the-local.ie does not designate 203.0.113.9 as permitted sender) smtp.mailfrom=publican@the-local.ie"),
                SENDER)).hasValueSatisfying(d -> assertThat(d).contains("SPF softfail for the-local.ie"));
        assertThat(MailAuthentication.doubt(List.of("mx; SPF=FAIL smtp.mailfrom=\"mail.the-local.ie\""), SENDER)).isPresent();
    }

    @Test
    void passesAndOtherDomainsAreNoDoubt() {
        assertThat(MailAuthentication.doubt(List.of("mx.google.com; dkim=pass header.d=the-local.ie; spf=pass"
                + " smtp.mailfrom=the-local.ie; dmarc=pass (p=NONE) header.from=the-local.ie"), SENDER)).isEmpty();
        // the supplier's own failure, in a mail the publican forwarded, is about the supplier, not the forwarder
        assertThat(MailAuthentication.doubt(List.of("mx; dmarc=fail header.from=supplier.example"), SENDER)).isEmpty();
        assertThat(MailAuthentication.doubt(List.of("mx; dmarc=none; spf=neutral smtp.mailfrom=the-local.ie"), SENDER)).isEmpty();
        assertThat(MailAuthentication.doubt(List.of(), SENDER)).isEmpty();
        assertThat(MailAuthentication.doubt(List.of("mx; dmarc=fail header.from=the-local.ie"), "(no sender)")).isEmpty();
        // a domain that merely ends like the sender's is another domain
        assertThat(MailAuthentication.doubt(List.of("mx; dmarc=fail header.from=notthe-local.ie"), SENDER)).isEmpty();
    }
}
