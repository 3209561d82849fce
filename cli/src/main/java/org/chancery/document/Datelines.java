package org.chancery.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.text.DateExpression;
import org.chancery.text.DateFinder;
import org.chancery.text.Months;

/**
 * The shapes of a dateline at the start of a header line, as data (the DatelinePattern cues of
 * {@code mappings/patterns.ttl}): "LIMA, 03.11.19", "Le 04/02/2018 à 09h30", "March 2, 2021, 11:05",
 * "Publié le …", "Updated: …". A pattern gives the date by its named groups: {@code day}, {@code mnum}
 * (month number) or {@code month} (month name), {@code year} or {@code yy} (two digits); or by a
 * group {@code rest} whose first date expression is read. A dateline without its year takes the year
 * only from a full date of the same day on the same line; otherwise it gives no document date.
 */
public final class Datelines {
    /** Two-digit years up to this are 20xx, later ones 19xx (the POSIX rule). */
    private static final int PIVOT = 68;
    private final List<Pattern> patterns;

    public Datelines(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static Datelines none() {
        return new Datelines(List.of());
    }

    /** The date a header line opens with, by the first shape that fits it, or null. */
    public LocalDate date(String line) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(line);
            if (!m.lookingAt()) continue;
            LocalDate d = fromGroups(m);
            if (d == null && has(m, "rest") && m.group("rest") != null) d = fromRest(line, m.start("rest"), m.end("rest"));
            if (d != null) return d;
        }
        return null;
    }

    /** The date the first of the first {@code lines} non-blank lines of a text that opens with a dateline gives, or null. */
    public LocalDate inHeader(String text, int lines) {
        int seen = 0;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) continue;
            LocalDate d = date(line.strip());
            if (d != null) return d;
            if (++seen >= lines) break;
        }
        return null;
    }

    private static LocalDate fromGroups(Matcher m) {
        String day = group(m, "day"), mnum = group(m, "mnum"), month = group(m, "month"), year = group(m, "year"), yy = group(m, "yy");
        if (day == null || (mnum == null && month == null) || (year == null && yy == null)) return null;
        int mo = mnum != null ? Integer.parseInt(mnum) : Months.parse(month);
        int y = year != null ? Integer.parseInt(year) : Integer.parseInt(yy) + (Integer.parseInt(yy) <= PIVOT ? 2000 : 1900);
        try {
            return LocalDate.of(y, mo, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date that opens {@code line[from, to)}; with no year, the year of a full date of the same day later on the line. */
    private static LocalDate fromRest(String line, int from, int to) {
        List<DateExpression> found = DateFinder.find(line, from, to);
        if (found.isEmpty() || found.get(0).start() - from > 3) return null;
        DateExpression d = found.get(0);
        if (d.month() == null || d.day() == null) return null;
        Integer year = d.year();
        if (year == null) {
            for (DateExpression o : DateFinder.find(line, d.end(), line.length())) {
                if (o.year() != null && d.month().equals(o.month()) && d.day().equals(o.day())) {
                    year = o.year();
                    break;
                }
            }
        }
        if (year == null) return null;
        try {
            return LocalDate.of(year, d.month(), d.day());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean has(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">");
    }

    private static String group(Matcher m, String name) {
        return has(m, name) ? m.group(name) : null;
    }
}
