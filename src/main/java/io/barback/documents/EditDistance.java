package io.barback.documents;

/**
 * Levenshtein's distance: the fewest characters inserted, deleted or changed to make one text the
 * other. Used where a reading is set against what it may have been meant to be (a figure OCR
 * misread, a supplier's name a letter off one the venue knows).
 */
public final class EditDistance {

    private EditDistance() {
    }

    public static int between(CharSequence a, CharSequence b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
