package io.barback.invoices;

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
 * /actuator/health)? A login is not free for the mail provider, so it is tried every
 * {@code barback.mail.health-interval} (30 s), not per probe. When the mailbox is away mail waits there; nothing is lost, so this is DEGRADED,
 * not DOWN.
 */
@Component("mailboxHealthIndicator")
class MailboxHealth extends BackgroundHealth {

    private final boolean enabled;
    private final MailboxSettings mailbox;
    private final Properties javaMail;

    MailboxHealth(@Value("${barback.invoices.enabled:true}") boolean enabled, MailboxSettings mailbox,
                  @Qualifier("mailProperties") Properties javaMail) {
        super("mailbox", mailbox.healthInterval());
        this.enabled = enabled;
        this.mailbox = mailbox;
        Properties p = new Properties();
        p.putAll(javaMail);
        // a health check must answer quickly whatever the mail server does
        p.setProperty("mail." + mailbox.protocol() + ".connectiontimeout", "5000");
        p.setProperty("mail." + mailbox.protocol() + ".timeout", "5000");
        this.javaMail = p;
    }

    @Override
    protected Health check() {
        if (!enabled) {
            return Health.up().withDetail("invoices", "disabled").build();
        }
        String where = mailbox.where();
        try (Store store = Session.getInstance(javaMail).getStore(mailbox.protocol())) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
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
