package org.chancery.text;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ordinals in words and figures, French and English: "troisième", "third", "3ème", "3e", "3rd",
 * "1er". The words come from ICU's CLDR spell-out rules rather than a table of ours.
 */
public final class Ordinals {
    private static final int MAX = 200;
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,3})\\s?(?:er|re|ère|ere|ème|eme|è|e|st|nd|rd|th|°)", Pattern.CASE_INSENSITIVE);
    /** "XVIIe", "XIIIème": a Roman number with a French ordinal ending; bare "e" only after two letters ("Le", "Ce" are words). */
    private static final Pattern ROMAN = Pattern.compile("([IVXLC]{2,})(?:e|ème|eme|è|er|re)|([IVXLC]+)(?:ème|eme|è|er|re)");
    private static final Map<String, Integer> WORDS = build();

    private Ordinals() {}

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new HashMap<>();
        add(m, ULocale.ENGLISH, "%spellout-ordinal");
        add(m, ULocale.FRENCH, "%spellout-ordinal-masculine");
        add(m, ULocale.FRENCH, "%spellout-ordinal-feminine");
        return m;
    }

    private static void add(Map<String, Integer> m, ULocale locale, String ruleSet) {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        for (int i = 1; i <= MAX; i++) {
            String w = Folding.fold(f.format(i, ruleSet));
            m.putIfAbsent(w, i);
            m.putIfAbsent(w.replace('-', ' '), i);
        }
    }

    /** The ordinal value of one token's text ("third", "3ème", "4th"), if it is one. */
    public static OptionalInt parse(String text) {
        Integer w = WORDS.get(Folding.fold(text));
        if (w != null) return OptionalInt.of(w);
        Matcher m = NUMERIC.matcher(text.trim());
        if (m.matches()) return OptionalInt.of(Integer.parseInt(m.group(1)));
        Matcher r = ROMAN.matcher(text.trim());
        if (r.matches()) {
            int v = roman(r.group(1) != null ? r.group(1) : r.group(2));
            if (v >= 1 && v <= MAX) return OptionalInt.of(v);
        }
        return OptionalInt.empty();
    }

    /** The value of a Roman number written in the usual subtractive form, or -1. */
    private static int roman(String s) {
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
        for (int v = 1; v <= MAX; v++) {
            String w = (v >= 100 ? "C" : "") + tens[(v % 100) / 10] + units[v % 10];
            if (w.equals(s)) return v;
        }
        return -1;
    }
}
