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

    /** 1–12 for a month name or abbreviation, 0 when the word is no month. */
    public static int parse(String word) {
        Integer n = BY_NAME.get(Folding.fold(word).replace(".", ""));
        return n == null ? 0 : n;
    }
}
