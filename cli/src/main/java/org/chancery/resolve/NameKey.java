package org.chancery.resolve;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's name reduced to what survives transliteration: the surname's key and the initials of
 * the given names. "Mirzioïev", "Mirziyoyev" and "Mirzioiev" share a key; so do "Yelena" and "Elena"
 * (as initials), "Noursoultan" and "Nursultan"; "K-J" gives the initials of "Kassym-Jomart".
 */
public record NameKey(String surname, List<Character> initials) {

    public static NameKey of(String name) {
        String[] parts = name.trim().split("\\s+");
        String surname = key(parts[parts.length - 1]);
        List<Character> initials = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            for (String piece : parts[i].split("-")) {
                String k = key(piece);
                if (!k.isEmpty()) initials.add(k.charAt(0));
            }
        }
        return new NameKey(surname, initials);
    }

    /**
     * ICU's transforms: any script to Latin, accents and ligatures to ASCII, lower case, letters only;
     * then the spellings that transliterations disagree on made one, each rule a pass of its own
     * ({@code ::Null;} between them) and in this order; a leading "ie" loses its i (Yelena / Elena,
     * Yevgeny / Evgeny); doubled letters are made single.
     */
    private static final String RULES = "::Any-Latin; ::Latin-ASCII; ::Lower; [^a-z] > ;"
            + " ::Null; ou > u; ::Null; kh > h; ::Null; dzh > j; ::Null; zh > j; ::Null; sch > sh; ::Null; tch > ch;"
            + " ::Null; ck > k; ::Null; y > i; ::Null; w > v; ::Null; ph > f; ::Null; ^ ie > e; ::Null;" + doubled();

    /** A Transliterator is not thread-safe: one per thread. */
    private static final ThreadLocal<Transliterator> KEY = ThreadLocal.withInitial(
            () -> Transliterator.createFromRules("Chancery-NameKey", RULES, Transliterator.FORWARD));

    private static String doubled() {
        StringBuilder b = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) b.append(' ').append(c).append(' ').append(c).append(" > ").append(c).append(';');
        return b.toString();
    }

    /** The word as transliterations of one name share it. */
    public static String key(String word) {
        return KEY.get().transliterate(word);
    }

    /** Same surname, and given names that do not contradict (one may be missing or shorter). */
    public boolean compatible(NameKey o) {
        if (!surname.equals(o.surname)) return false;
        int n = Math.min(initials.size(), o.initials.size());
        for (int i = 0; i < n; i++) if (!initials.get(i).equals(o.initials.get(i))) return false;
        return true;
    }
}
