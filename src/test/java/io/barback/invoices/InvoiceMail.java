package io.barback.invoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/** A publican's mail client for the tests: sends over SMTP, looks into the mailbox's folders over IMAP. */
public final class InvoiceMail {

    public record File(String name, String type, byte[] bytes) {
    }

    private final Session session;
    private final int smtpPort;
    private final int imapPort;

    public InvoiceMail(int smtpPort, int imapPort) {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(smtpPort));
        this.session = Session.getInstance(p);
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public MimeMessage mail(String from, String to, String subject, List<File> files) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject);
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Invoice attached, thanks.");
        multipart.addBodyPart(text);
        for (File f : files) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(f.bytes(), f.type())));
            part.setFileName(f.name());
            multipart.addBodyPart(part);
        }
        m.setContent(multipart);
        m.saveChanges();
        return m;
    }

    /** The publican forwards a supplier's mail "as attachment": the invoice sits inside a message/rfc822 part. */
    MimeMessage forward(String from, String to, MimeMessage original) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject("Fwd: " + original.getSubject());
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("See the supplier's mail below.");
        multipart.addBodyPart(text);
        MimeBodyPart forwarded = new MimeBodyPart();
        forwarded.setContent(original, "message/rfc822");
        multipart.addBodyPart(forwarded);
        m.setContent(multipart);
        m.saveChanges();
        return m;
    }

    public void send(MimeMessage m) throws MessagingException {
        Transport.send(m);
    }

    /**
     * Delivers a message exactly as written, over a bare SMTP conversation: JavaMail would mend
     * (or refuse to send) the broken MIME a test needs.
     */
    public void sendRaw(String from, String to, String message) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", smtpPort)) {
            socket.setSoTimeout(10_000);
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            var out = socket.getOutputStream();
            expect(in, "220");
            for (String[] step : new String[][] {{"HELO test", "250"}, {"MAIL FROM:<" + from + ">", "250"},
                    {"RCPT TO:<" + to + ">", "250"}, {"DATA", "354"}}) {
                out.write((step[0] + "\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                out.flush();
                expect(in, step[1]);
            }
            String body = message.replace("\r\n", "\n").replace("\n", "\r\n").replace("\r\n.", "\r\n..");
            out.write((body + "\r\n.\r\nQUIT\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.flush();
            expect(in, "250");
        }
    }

    private static void expect(java.io.BufferedReader in, String code) throws java.io.IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null || !line.startsWith(code)) {
                throw new java.io.IOException("SMTP answered " + line + ", expected " + code);
            }
        } while (line.charAt(3) == '-');
    }

    /** The subjects of the mails in a folder of the invoice mailbox (none when it does not exist yet). */
    List<String> subjects(String folderName) throws MessagingException {
        Properties p = new Properties();
        Session s = Session.getInstance(p);
        try (Store store = s.getStore("imap")) {
            store.connect("127.0.0.1", imapPort, "invoices@barback.local", "barback");
            Folder folder = store.getFolder(folderName);
            List<String> out = new ArrayList<>();
            if (!folder.exists()) {
                return out;
            }
            folder.open(Folder.READ_ONLY);
            for (Message m : folder.getMessages()) {
                if (!m.isSet(Flags.Flag.DELETED)) {
                    out.add(m.getSubject());
                }
            }
            folder.close(false);
            return out;
        }
    }
}
