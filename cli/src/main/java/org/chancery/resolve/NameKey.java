package org.chancery.resolve;

import java.util.ArrayList;
import java.util.List;
import org.chancery.text.Folding;

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

    /** Folded, then the spellings that transliterations disagree on made one. */
    public static String key(String word) {
        String k = Folding.fold(word).replaceAll("[^a-z]", "");
        k = k.replace("ou", "u").replace("kh", "h").replace("dzh", "j").replace("zh", "j").replace("sch", "sh")
                .replace("tch", "ch").replace("ck", "k").replace("y", "i").replace("w", "v").replace("ph", "f");
        if (k.startsWith("ie")) k = k.substring(1); // Yelena / Elena, Yevgeny / Evgeny
        k = k.replaceAll("(.)\\1", "$1");
        return k;
    }

    /** Same surname, and given names that do not contradict (one may be missing or shorter). */
    public boolean compatible(NameKey o) {
        if (!surname.equals(o.surname)) return false;
        int n = Math.min(initials.size(), o.initials.size());
        for (int i = 0; i < n; i++) if (!initials.get(i).equals(o.initials.get(i))) return false;
        return true;
    }
}
