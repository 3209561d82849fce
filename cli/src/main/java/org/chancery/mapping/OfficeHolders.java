package org.chancery.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.chancery.text.Folding;

/**
 * Who held which office of which state, and when ({@code mappings/office-holders.tsv}, generated
 * from the Phoenix dictionaries by {@link OfficeHolderTableGenerator}): "President Magufuli" in a
 * report of 2018 is Tanzania's. Read on first use only, so a conversion whose officials all name
 * their state never pays for it. The text wins: this is asked only when the text names no state.
 */
public final class OfficeHolders {
    private record Role(String state, int from, int to) {}

    private record Person(String[] names, Role[] roles) {}

    private static volatile OfficeHolders shared;

    /** Last word of a name variant → where the lines of the people with such a variant start. */
    private final Map<String, List<Integer>> bySurname = new HashMap<>();
    private String table = "";
    private String name = "office-holders.tsv";

    /** The table of the mappings folder (or the bundled one); empty where there is none. */
    public static OfficeHolders shared() {
        OfficeHolders h = shared;
        if (h == null) {
            synchronized (OfficeHolders.class) {
                if (shared == null) shared = load();
                h = shared;
            }
        }
        return h;
    }

    static OfficeHolders load() {
        Path folder = Home.folder("mappings");
        try {
            if (folder != null) {
                Path f = folder.resolve("office-holders.tsv");
                if (!Files.isRegularFile(f)) return new OfficeHolders();
                try (InputStream in = Files.newInputStream(f)) {
                    return read(in, f.toString());
                }
            }
            try (InputStream in = OfficeHolders.class.getResourceAsStream("/chancery/mappings/office-holders.tsv")) {
                return in == null ? new OfficeHolders() : read(in, "office-holders.tsv (bundled)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Only the surnames are indexed (by where their line starts); a line is parsed when a name asks for it,
     * so loading is one pass over the text.
     */
    static OfficeHolders read(InputStream in, String name) throws IOException {
        OfficeHolders h = new OfficeHolders();
        h.name = name;
        String t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        h.table = t;
        int at = 0;
        while (at < t.length()) {
            int eol = t.indexOf('\n', at);
            if (eol < 0) eol = t.length();
            if (eol > at && t.charAt(at) != '#') {
                int tab = t.indexOf('\t', at);
                if (tab < 0 || tab > eol) throw new MappingLoader.MappingException(name + ": expected names TAB roles in: " + t.substring(at, eol));
                int from = at;
                while (from < tab) {
                    int bar = t.indexOf('|', from);
                    if (bar < 0 || bar > tab) bar = tab;
                    int space = t.lastIndexOf(' ', bar - 1);
                    String surname = t.substring(space < from ? from : space + 1, bar);
                    List<Integer> lines = h.bySurname.computeIfAbsent(surname, k -> new ArrayList<>(1));
                    if (lines.isEmpty() || lines.get(lines.size() - 1) != at) lines.add(at);
                    from = bar + 1;
                }
            }
            at = eol + 1;
        }
        return h;
    }

    private Person person(int at) {
        int eol = table.indexOf('\n', at);
        if (eol < 0) eol = table.length();
        int tab = table.indexOf('\t', at);
        String[] names = table.substring(at, tab).split("\\|");
        String[] rs = table.substring(tab + 1, eol).split(";");
        Role[] roles = new Role[rs.length];
        for (int i = 0; i < rs.length; i++) {
            String[] f = rs[i].trim().split(" ");
            if (f.length != 3) throw new MappingLoader.MappingException(name + ": a role is 'ISO2 from to', not '" + rs[i] + "'");
            roles[i] = new Role(f[0], f[1].equals("-") ? 0 : Integer.parseInt(f[1]), f[2].equals("-") ? 99999999 : Integer.parseInt(f[2]));
        }
        return new Person(names, roles);
    }

    /**
     * The state (ISO 3166 alpha-2) of the person the name stands for, or null: the one state of every
     * person the name fits, or else the one state whose office such a person held on the date.
     */
    public String stateOf(String name, LocalDate date) {
        String[] parts = Folding.fold(name).replace('-', ' ').trim().split("\\s+");
        List<Integer> lines = bySurname.get(parts[parts.length - 1]);
        if (lines == null) return null;
        List<Person> candidates = new ArrayList<>(lines.size());
        for (int at : lines) candidates.add(person(at));
        TreeSet<String> all = new TreeSet<>(), then = new TreeSet<>();
        int day = date == null ? -1 : date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        for (Person p : candidates) {
            if (!fits(p, parts)) continue;
            for (Role r : p.roles()) {
                all.add(r.state());
                if (day >= r.from() && day <= r.to()) then.add(r.state());
            }
        }
        if (all.size() == 1) return all.first();
        return then.size() == 1 ? then.first() : null;
    }

    /** A surname alone fits any variant it ends; a fuller name needs the same first name (or its initial). */
    private static boolean fits(Person p, String[] parts) {
        if (parts.length == 1) return true;
        String first = parts[0].replace(".", "");
        for (String v : p.names()) {
            if (!v.endsWith(" " + parts[parts.length - 1]) && !v.equals(parts[parts.length - 1])) continue;
            String vFirst = v.substring(0, v.indexOf(' ') < 0 ? v.length() : v.indexOf(' '));
            if (vFirst.equals(first) || (first.length() == 1 && vFirst.startsWith(first))) return true;
        }
        return false;
    }
}
