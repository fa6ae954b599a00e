package io.barback.documents;

/**
 * The formats of the documents an invoice arrives as, recognised by their first bytes (the
 * name and media type a mail gives an attachment are often wrong). Shared by the mail intake
 * and the offline reader, which recognise a document alike.
 */
public enum DocumentFormat {
    PDF("application/pdf"), PNG("image/png"), JPEG("image/jpeg"), TIFF("image/tiff");

    private static final int[] PDF_MAGIC = {0x25, 0x50, 0x44, 0x46, 0x2D};
    /** PDF readers accept up to 1 KB of junk before %PDF- (some mail gateways prepend some). */
    private static final int PDF_HEADER_WITHIN = 1024;

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The document's format from its first bytes, or null when it is none Textract accepts. */
    public static DocumentFormat of(byte[] b) {
        if (startsWith(b, 0, PDF_MAGIC) || pdfHeaderNearStart(b)) {
            return PDF;
        }
        if (startsWith(b, 0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(b, 0, 0x49, 0x49, 0x2A, 0x00) || startsWith(b, 0, 0x4D, 0x4D, 0x00, 0x2A)) {
            return TIFF;
        }
        return null;
    }

    private static boolean pdfHeaderNearStart(byte[] b) {
        for (int i = 1; i < Math.min(b.length - PDF_MAGIC.length, PDF_HEADER_WITHIN); i++) {
            if (startsWith(b, i, PDF_MAGIC)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int offset, int... magic) {
        if (b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
