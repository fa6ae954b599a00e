package io.barback.platform.local;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The venue's invoice mailbox for the local run and the tests: GreenMail with SMTP (to send an
 * invoice in) and IMAP (what Barback reads, as it reads any real mailbox). Mail to a
 * plus-address ({@code invoices+the-local@barback.local}) lands in the base mailbox, as Gmail,
 * Microsoft 365 and Dovecot deliver it; GreenMail by itself would make a mailbox per address.
 */
final class LocalMail implements AutoCloseable {

    static final String USER = "invoices@barback.local";
    static final String PASSWORD = "barback";

    private final int smtpPort;
    private final int imapPort;
    private GreenMail greenMail;

    LocalMail(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    void start() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        greenMail.setUser(USER, USER, PASSWORD);
        UserManager users = greenMail.getUserManager();
        users.setMessageDeliveryHandler((message, address) -> {
            String email = address.getEmail();
            String base = email.replaceFirst("\\+[^@]*@", "@");
            GreenMailUser user = users.getUserByEmail(base);
            if (user == null) {
                user = users.getUserByEmail(email);
            }
            return user != null ? user : users.createUser(email, email, email);
        });
    }

    @Override
    public void close() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
