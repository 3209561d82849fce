package org.chancery.document;

import java.time.LocalDate;

/**
 * One source text, read and cleaned: {@code text} is what the extractor sees (offsets of evidence
 * refer to it), {@code source} the file name or URL it came from, {@code id} a stable slug.
 * {@code date} is the publication date when the document states one (or the user gave it).
 */
public record Document(String id, String source, String title, String text, LocalDate date, String format) {

    public Document withId(String newId) {
        return new Document(newId, source, title, text, date, format);
    }

    public int wordCount() {
        return wordCount(text);
    }

    /** Runs of letters or digits: the words convert reports and its speed is measured in. */
    public static int wordCount(CharSequence text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
}
