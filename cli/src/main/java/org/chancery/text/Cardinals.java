package org.chancery.text;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Set;

/** Whole numbers written in figures or in words, in English and French ("143", "1,200", "five", "cinq", "no"), by ICU's spell-out rules. */
public final class Cardinals {
    private static final Set<String> NONE = Set.of("no", "none", "zero", "aucun", "aucune", "zéro");

    private Cardinals() {}

    /** The number, or null when the text is no number. */
    public static Integer parse(String text) {
        String t = text.strip().replaceAll("[\\s.,\u00A0\u202F]", "");
        if (t.isEmpty()) return null;
        if (t.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.valueOf(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String w = text.strip().toLowerCase(Locale.ROOT);
        if (NONE.contains(w)) return 0;
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            RuleBasedNumberFormat f = new RuleBasedNumberFormat(l, RuleBasedNumberFormat.SPELLOUT);
            ParsePosition p = new ParsePosition(0);
            Number n = f.parse(w, p);
            if (n != null && p.getIndex() == w.length() && n.doubleValue() == Math.rint(n.doubleValue())) return n.intValue();
        }
        return null;
    }
}
