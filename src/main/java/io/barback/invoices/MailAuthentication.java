package io.barback.invoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the mail servers on the way said about a mail's sender (RFC 8601 {@code
 * Authentication-Results}). The venue's mailbox provider checks SPF and DMARC as it receives a
 * mail; a From header naming an allowed forwarder proves nothing on its own, since anybody can
 * write one. A mail whose results say that SPF or DMARC failed for the forwarder's own domain
 * is not trusted to put an invoice into the books: it is held for a person to look at.
 *
 * <p>Only failures count. A result a sender wrote into its own mail can only make that mail
 * doubtful; a "pass" it wrote proves nothing, and none is relied on.
 */
final class MailAuthentication {

    /** {@code method=result} followed by its properties, up to the next method or the end. */
    private static final Pattern RESULT = Pattern.compile(
            "(?i)\\b(spf|dmarc)\\s*=\\s*([a-z]+)([^;]*)");
    private static final Pattern PROPERTY = Pattern.compile(
            "(?i)\\b(header\\.from|smtp\\.mailfrom|header\\.d|policy\\.d)\\s*=\\s*\"?([^\\s;\"]+)");

    private MailAuthentication() {
    }

    /**
     * Why this mail's sender is doubtful, or empty. {@code headers} are the mail's
     * Authentication-Results values, {@code sender} the address in its From header.
     */
    static Optional<String> doubt(List<String> headers, String sender) {
        String domain = domain(sender);
        if (domain == null || headers == null) {
            return Optional.empty();
        }
        List<String> failures = new ArrayList<>();
        for (String header : headers) {
            if (header == null) {
                continue;
            }
            // the authserv-id comes first, then the results, separated by semicolons
            for (String part : header.replaceAll("\\([^)]*\\)", " ").split(";")) {
                Matcher m = RESULT.matcher(part);
                if (!m.find()) {
                    continue;
                }
                String method = m.group(1).toLowerCase(Locale.ROOT);
                String result = m.group(2).toLowerCase(Locale.ROOT);
                if (!result.equals("fail") && !(method.equals("spf") && result.equals("softfail"))) {
                    continue;
                }
                String about = about(m.group(3));
                // a result about another domain says nothing about this sender; one that names none is about the mail
                if (about == null || about.equals(domain) || about.endsWith("." + domain)) {
                    failures.add(method.toUpperCase(Locale.ROOT) + " " + result + (about == null ? "" : " for " + about));
                }
            }
        }
        if (failures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the mail server that received this mail found that it may not come from " + sender + " ("
                + String.join(", ", failures.stream().distinct().toList()) + " in Authentication-Results): check with the"
                + " supplier before approving it");
    }

    private static String about(String properties) {
        Matcher p = PROPERTY.matcher(properties);
        if (!p.find()) {
            return null;
        }
        String value = p.group(2).toLowerCase(Locale.ROOT);
        return value.contains("@") ? value.substring(value.indexOf('@') + 1) : value;
    }

    private static String domain(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? null : address.substring(at + 1).trim().toLowerCase(Locale.ROOT).replaceAll("[>\\s]+$", "");
    }
}
