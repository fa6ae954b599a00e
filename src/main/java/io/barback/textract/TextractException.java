package io.barback.textract;

/**
 * A request the endpoint refuses, named as Textract names it so that the AWS SDK raises the
 * matching exception class (UnsupportedDocumentException, BadDocumentException, ...).
 */
public final class TextractException extends RuntimeException {

    private final String errorType;
    private final int status;

    private TextractException(String errorType, int status, String message, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
        this.status = status;
    }

    public String errorType() {
        return errorType;
    }

    public int status() {
        return status;
    }

    static TextractException unsupportedDocument(String message) {
        return new TextractException("UnsupportedDocumentException", 400, message, null);
    }

    static TextractException badDocument(String message, Throwable cause) {
        return new TextractException("BadDocumentException", 400, message, cause);
    }

    static TextractException documentTooLarge(String message) {
        return new TextractException("DocumentTooLargeException", 400, message, null);
    }

    static TextractException invalidParameter(String message) {
        return new TextractException("InvalidParameterException", 400, message, null);
    }

    static TextractException unknownOperation(String message) {
        return new TextractException("UnknownOperationException", 400, message, null);
    }

    static TextractException throttled(String message) {
        return new TextractException("ThrottlingException", 400, message, null);
    }

    static TextractException internal(String message, Throwable cause) {
        return new TextractException("InternalServerError", 500, message, cause);
    }
}
