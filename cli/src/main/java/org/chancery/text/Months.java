package org.chancery.text;

import java.text.DateFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Month names and their abbreviations in French and English, from the JDK's CLDR locale data. */
public final class Months {
    private static final Map<String, Integer> BY_NAME = build();

    private Months() {}

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new HashMap<>();
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            DateFormatSymbols s = DateFormatSymbols.getInstance(l);
            String[] full = s.getMonths();
            String[] abbr = s.getShortMonths();
            for (int i = 0; i < 12; i++) {
                m.put(Folding.fold(full[i]), i + 1);
                String a = Folding.fold(abbr[i]).replace(".", "");
                if (a.length() >= 3) m.putIfAbsent(a, i + 1);
            }
        }
        return m;
    }

    /**
     * Whether some word of the text may be a month: a run of letters whose first 9 letters (all of
     * them when fewer), folded, are a month name or abbreviation. A text without one needs no month pattern tried.
     */
    public static boolean mayName(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(text.charAt(i)) || (i > 0 && Character.isLetter(text.charAt(i - 1)))) continue;
            int end = i;
            while (end < n && end - i < 9 && Character.isLetter(text.charAt(end))) end++;
            if (end - i < 3) continue;
            String raw = text.substring(i, end), folded = Folding.fold(raw);
            if (folded.length() != raw.length()) return true; // a ligature or odd case mapping: cannot tell cheaply
            // The patterns read a month as the word's first 3 to 9 letters, all it has up to 9 (greedy,
            // nothing after it required), so only that prefix can be one: "declared" is no "dec".
            if (BY_NAME.containsKey(folded)) return true;
        }
        return false;
    }

    /** 1–12 for a month name or abbreviation, 0 when the word is no month. */
    public static int parse(String word) {
        Integer n = BY_NAME.get(Folding.fold(word).replace(".", ""));
        return n == null ? 0 : n;
    }
}
