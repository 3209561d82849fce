package org.chancery.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one place where text is folded for matching: case, accents, ligatures, apostrophes and
 * dashes. Gazetteer labels and document tokens go through the same function, so they meet.
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    public static String fold(String s) {
        if (isAscii(s)) return s.toLowerCase(java.util.Locale.ROOT); // most words: nothing to decompose or replace
        String t = normalizePunctuation(s);
        // Ligatures do not decompose under NFD.
        t = t.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        return t.toLowerCase(java.util.Locale.ROOT);
    }

    /** The folded words of a phrase of the mappings, split at spaces and apostrophes ("palais de l'Élysée"). */
    public static java.util.List<String> foldedWords(String phrase) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String w : phrase.split("[\\s']+")) if (!w.isBlank()) out.add(fold(w));
        return out;
    }

    /**
     * Where the folded words of a phrase ({@link #foldedWords}) run in the tokens from {@code i}: the index after the
     * last one, or -1. An elided article matches without its apostrophe ("l'" against "l"); a free-standing
     * apostrophe is passed over.
     */
    public static int phraseEnd(java.util.List<Token> t, int i, java.util.List<String> words) {
        int k = i, n = 0;
        while (n < words.size() && k < t.size()) {
            Token w = t.get(k);
            if (w.text().equals("'") || w.text().equals("’")) {
                k++;
                continue;
            }
            String norm = w.isElision() ? w.norm().replace("'", "") : w.norm();
            if (!norm.equals(words.get(n))) return -1;
            n++;
            k++;
        }
        return n == words.size() ? k : -1;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** Same as {@link #fold} but keeps case: used to compare acronyms, which are case-sensitive. */
    public static String stripAccents(String s) {
        if (isAscii(s)) return s;
        String t = Normalizer.normalize(normalizePunctuation(s), Normalizer.Form.NFD);
        return MARKS.matcher(t).replaceAll("");
    }

    /** Typographic apostrophes, quotes and dashes to their ASCII forms; no-break spaces to spaces. */
    public static String normalizePunctuation(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u00B4', '\u2032' -> '\'';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00A0', '\u202F', '\u2007', '\u2009' -> ' ';
                default -> c;
            };
            if (r != c) {
                if (b == null) b = new StringBuilder(s);
                b.setCharAt(i, r);
            }
        }
        return b == null ? s : b.toString();
    }
}
