package io.barback.invoices;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.barback.documents.PageSize;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;

/**
 * The files attached to a mail, wherever they sit: in a multipart, several in one mail, or inside
 * a forwarded mail ({@code message/rfc822}), which mail libraries do not open by themselves.
 * Text bodies are not attachments; everything else is handed over with its bytes.
 */
final class MimeDocuments {

    /** An attached file: its name as the mail gives it (may be null) and its bytes. */
    record Attachment(String fileName, String declaredType, byte[] bytes) {
    }

    /** Parts nested deeper than this are not opened (a mail bomb of forwards within forwards). */
    private static final int MAX_DEPTH = 8;
    /**
     * No attachment is read beyond this; larger ones are reported as too large. A scan or photo
     * up to 30 MB (40 in a mail's base64, within the mail's 50) is made to fit the reader's 10 MB
     * ({@link PageSize}); a PDF is taken up to 10 MB.
     */
    static final int READ_LIMIT = 30 * 1024 * 1024 + 1;
    /** A PDF larger than this is refused, as Textract refuses it. */
    static final int PDF_LIMIT = PageSize.TEXTRACT_LIMIT;

    private MimeDocuments() {
    }

    static List<Attachment> of(Part mail) throws MessagingException, IOException {
        List<Attachment> out = new ArrayList<>();
        collect(mail, out, 0);
        return out;
    }

    private static void collect(Part part, List<Attachment> out, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, out, depth + 1);
            }
            return;
        }
        if (type.startsWith("message/rfc822")) {
            Object content = part.getContent();
            if (content instanceof Part forwarded) {
                collect(forwarded, out, depth + 1);
            }
            return;
        }
        String fileName = part.getFileName();
        boolean attached = fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        if (!attached && (type.startsWith("text/") || type.isEmpty())) {
            return;
        }
        try (InputStream in = part.getInputStream()) {
            out.add(new Attachment(fileName == null ? null : MimeUtility.decodeText(fileName),
                    type.split(";")[0].strip(), in.readNBytes(READ_LIMIT)));
        }
    }
}
