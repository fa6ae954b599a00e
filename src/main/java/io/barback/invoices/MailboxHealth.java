package io.barback.invoices;

import java.time.Duration;
import java.util.Properties;

import io.barback.platform.health.BackgroundHealth;
import io.barback.platform.health.Degraded;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Can Barback log in to the invoice mailbox and open its inbox ({@code mailbox} in
 * /actuator/health)? A login is not free for the mail provider, so it is tried every 30 s, not
 * per probe. When the mailbox is away mail waits there; nothing is lost, so this is DEGRADED,
 * not DOWN.
 */
@Component("mailboxHealthIndicator")
class MailboxHealth extends BackgroundHealth {

    private final boolean enabled;
    private final String protocol;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final Properties javaMail;

    MailboxHealth(@Value("${barback.invoices.enabled:true}") boolean enabled,
                  @Value("${barback.mail.protocol}") String protocol, @Value("${barback.mail.host}") String host,
                  @Value("${barback.mail.port}") int port, @Value("${barback.mail.username}") String username,
                  @Value("${barback.mail.password}") String password, @Qualifier("mailProperties") Properties javaMail) {
        super("mailbox", Duration.ofSeconds(30));
        this.enabled = enabled;
        this.protocol = protocol;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        Properties p = new Properties();
        p.putAll(javaMail);
        // a health check must answer quickly whatever the mail server does
        p.setProperty("mail." + protocol + ".connectiontimeout", "5000");
        p.setProperty("mail." + protocol + ".timeout", "5000");
        this.javaMail = p;
    }

    @Override
    protected Health check() {
        if (!enabled) {
            return Health.up().withDetail("invoices", "disabled").build();
        }
        String where = protocol + "://" + host + ":" + port;
        try (Store store = Session.getInstance(javaMail).getStore(protocol)) {
            store.connect(host, port, username, password);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int waiting = inbox.getMessageCount();
            inbox.close(false);
            return Health.up().withDetail("mailbox", where).withDetail("inbox", waiting).build();
        } catch (Exception e) {
            return Health.status(Degraded.STATUS).withDetail("mailbox", where)
                    .withDetail("error", "cannot read the invoice mailbox (" + e.getClass().getSimpleName()
                            + "): invoices wait there until it answers").build();
        }
    }
}
