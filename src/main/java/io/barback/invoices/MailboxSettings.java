package io.barback.invoices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The venue's invoice mailbox ({@code barback.mail}): where it is, the login Barback reads it
 * with, and how often its health is looked at. The route reads the same keys as placeholders.
 *
 * @param healthInterval how often {@code mailbox} in /actuator/health logs in to look (a login is
 *                       not free for the mail provider, so not per probe)
 */
@ConfigurationProperties("barback.mail")
public record MailboxSettings(String protocol, String host, int port, String username, String password,
                              @DefaultValue("30s") Duration healthInterval) {

    public MailboxSettings {
        if (healthInterval.isNegative() || healthInterval.isZero()) {
            throw new IllegalArgumentException("barback.mail.health-interval must be a positive duration");
        }
    }

    /** protocol://host:port, for messages: never the login. */
    public String where() {
        return protocol + "://" + host + ":" + port;
    }

    @Override
    public String toString() {
        return "MailboxSettings[" + where() + " as " + username + ", health every " + healthInterval + "]";
    }
}
