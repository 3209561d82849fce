package org.chancery.resolve;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.mapping.Home;

/**
 * A person's name reduced to what survives transliteration: the surname's key and the initials of
 * the given names. "Mirzioïev", "Mirziyoyev" and "Mirzioiev" share a key; so do "Yelena" and "Elena"
 * (as initials), "Noursoultan" and "Nursultan"; "K-J" gives the initials of "Kassym-Jomart".
 */
public record NameKey(String surname, List<Character> initials, List<String> given) {

    public static NameKey of(String name) {
        String[] parts = name.trim().split("\\s+");
        String surname = key(parts[parts.length - 1]);
        List<Character> initials = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            for (String piece : parts[i].split("-")) {
                String k = key(piece);
                if (k.isEmpty()) continue;
                initials.add(k.charAt(0));
                given.add(k);
            }
        }
        return new NameKey(surname, initials, given);
    }

    /**
     * The rules of {@code mappings/name-key.rules} (ICU transliterator rules: any script to Latin, accents
     * to ASCII, lower case, letters only, then the spellings transliterations disagree on made one), read
     * once, from the mappings folder on disk or the copy bundled in the jar.
     */
    private static final String RULES = rules();

    /** A Transliterator is not thread-safe: one per thread. */
    private static final ThreadLocal<Transliterator> KEY = ThreadLocal.withInitial(NameKey::transliterator);

    private static Transliterator transliterator() {
        try {
            return Transliterator.createFromRules("Chancery-NameKey", RULES, Transliterator.FORWARD);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mappings/name-key.rules: not valid ICU rules: " + e.getMessage(), e);
        }
    }

    private static String rules() {
        String name = "name-key.rules";
        try {
            Path folder = Home.folder("mappings");
            if (folder != null && Files.isRegularFile(folder.resolve(name))) {
                return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
            }
            try (InputStream in = NameKey.class.getResourceAsStream("/chancery/mappings/" + name)) {
                if (in == null) throw new IllegalStateException("mappings/" + name + " is missing: person names cannot be compared");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("mappings/" + name + ": " + e.getMessage(), e);
        }
    }

    /** The word as transliterations of one name share it. */
    public static String key(String word) {
        return KEY.get().transliterate(word);
    }

    /**
     * Same surname, and given names that do not contradict (one may be missing, shorter or an initial):
     * "K. Boateng" fits "Kwame Boateng" and "Kofi Boateng", which do not fit each other.
     */
    public boolean compatible(NameKey o) {
        if (!surname.equals(o.surname)) return false;
        int n = Math.min(initials.size(), o.initials.size());
        for (int i = 0; i < n; i++) {
            if (!initials.get(i).equals(o.initials.get(i))) return false;
            if (!sameGivenName(given.get(i), o.given.get(i))) return false;
        }
        return true;
    }

    /**
     * Two keys of one given name: one is an initial or a short form of the other ("Alex", "Alexander"), or
     * they differ by what transliterations still disagree on (a letter in three: "Muhamad", "Mohamed").
     */
    static boolean sameGivenName(String a, String b) {
        if (a.length() <= 1 || b.length() <= 1 || a.equals(b)) return true;
        if (a.length() >= 3 && b.startsWith(a) || b.length() >= 3 && a.startsWith(b)) return true;
        return distance(a, b) <= Math.max(1, Math.min(a.length(), b.length()) / 3);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
