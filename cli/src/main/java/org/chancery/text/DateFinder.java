package org.chancery.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in French and English text: "20 mai 2024", "le 1er mars 2020", "May 3,
 * 2024", "11/02/2021", "2024-05-20", "en décembre 2010", "in 2025", and the relative ones "le 20
 * mai dernier", "last December", "de cette année", "l'année dernière", "next year".
 */
public final class DateFinder {
    private static final String MONTH = "(?<month>[\\p{L}]{3,9}\\.?)";
    private static final String DAY = "(?<day>\\d{1,2})(?:er|re|st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final String REL_SUFFIX = "(?<rel>\\s+(?:dernier|derni[eè]re|pass[ée]e?|de cette ann[ée]e|de l'ann[ée]e derni[eè]re|de l'ann[ée]e pass[ée]e|de l'ann[ée]e prochaine|prochain|prochaine))?";
    private static final Shape[] PATTERNS = {
        // du 14 au 16 décembre 2023 / 14-16 December / from 14 to 16 December: the first day
        new Shape(Pattern.compile("(?i)\\b" + DAY + "\\s*(?:-|–|au|to|and|et)\\s*\\d{1,2}(?:er|re|st|nd|rd|th)?\\s+" + MONTH + "(?:\\s+" + YEAR + ")?"), true),
        // December 14-16, 2023 / December 14 to 16
        new Shape(Pattern.compile("(?i)\\b" + MONTH + "\\s+" + DAY + "\\s*(?:-|–|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+" + YEAR + ")?"), true),
        // 2024-05-20
        new Shape(Pattern.compile("\\b(?<year>(?:19|20)\\d{2})-(?<mnum>\\d{2})-(?<day>\\d{2})\\b"), true, List.of("-")),
        // 11/02/2021, 11.02.2021 (day first, as both languages' sources in Europe write it)
        new Shape(Pattern.compile("\\b(?<day>\\d{1,2})[/.](?<mnum>\\d{1,2})[/.](?<year>(?:19|20)\\d{2})\\b"), true),
        // May 3, 2024 / May 3 / Oct 17,2017 (a byline's comma with no space)
        new Shape(Pattern.compile("(?i)(?<lastpre>\\blast\\s+|\\bnext\\s+|\\bthis\\s+)?\\b" + MONTH + "\\s+" + DAY + "\\b(?:(?:,\\s*|\\s+)" + YEAR + ")?"), true),
        // 20 mai 2024 / le 20 mai dernier / 3 May / 1er mars 2020 / 6 juin, 2024
        new Shape(Pattern.compile("(?i)\\b" + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?" + REL_SUFFIX), true),
        // décembre 2010 / last December / en décembre dernier / December of last year
        new Shape(Pattern.compile("(?i)(?<lastpre>\\blast\\s+|\\bnext\\s+|\\bthis\\s+)?\\b" + MONTH + "(?:\\s+(?:de\\s+|of\\s+)?" + YEAR + ")?" + REL_SUFFIX
                + "(?<relen>\\s+(?:of\\s+)?(?:last|this|next)\\s+year)?"), false),
        // l'année dernière / last year / next year / cette année / this year
        new Shape(Pattern.compile("(?i)(?<yrel>\\bl'ann[ée]e\\s+(?:derni[eè]re|pass[ée]e|prochaine)|\\bcette\\s+ann[ée]e|\\blast\\s+year|\\bnext\\s+year|\\bthis\\s+year|\\bl'an\\s+(?:dernier|pass[ée]|prochain))"), false,
                List.of("ann", "year", "l'an")),
    };
    /** in 2025 / en 2015 / 2009: read after the weekdays. */
    private static final Shape BARE_YEAR =
        new Shape(Pattern.compile("(?<![/\\d])\\b" + YEAR + "\\b(?!\\s?/\\s?\\d)"), true, List.of("19", "20"));

    /** A finder of dates written with numbers and month names, without weekday names (a dateline's). */
    private static final DateFinder PLAIN = new DateFinder(Map.of());

    /** The shapes in the order they are tried: an earlier one's match is not read again by a later one. */
    private final List<Shape> shapes;
    /** Weekday names (folded) and their ISO numbers, Monday = 1. */
    private final Map<String, Integer> weekdays;

    /**
     * A finder that also reads a weekday alone ("on Wednesday", "ce mercredi"), by the names given
     * (as written, any case) with their ISO numbers, Monday = 1: the weekday list of the mappings.
     */
    public DateFinder(Map<String, Integer> weekdays) {
        Map<String, Integer> folded = new HashMap<>();
        weekdays.forEach((name, n) -> folded.put(Folding.fold(name), n));
        this.weekdays = Map.copyOf(folded);
        List<Shape> all = new ArrayList<>(List.of(PATTERNS));
        if (!weekdays.isEmpty()) {
            // on Wednesday / ce mercredi / "a reçu lundi" / "said Tuesday" (no date after it: "le mercredi 22 janvier" is
            // read above); not "next Monday", "lundi prochain": a day to come is not counted back
            List<String> names = new ArrayList<>(new java.util.TreeSet<>(weekdays.keySet()));
            names.sort(java.util.Comparator.comparingInt(String::length).reversed());
            StringBuilder alt = new StringBuilder();
            List<String> cues = new ArrayList<>();
            for (String n : names) {
                alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
                cues.add(n.toLowerCase(java.util.Locale.ROOT));
            }
            all.add(new Shape(Pattern.compile("(?i)(?<!\\bnext\\s)\\b(?:(?:on|le|ce)\\s+)?(?<weekday>" + alt + ")\\b(?!\\s+\\d)(?!\\s+(?:prochain|next))"), false, cues));
        }
        all.add(BARE_YEAR);
        this.shapes = List.copyOf(all);
    }

    /** A pattern, the named groups it has, and whether it can only give a date in text with a digit, or a month word. */
    private record Shape(Pattern pattern, Set<String> groups, boolean needsDigit, boolean needsMonth, List<String> cues) {
        Shape(Pattern pattern, boolean needsDigit) {
            this(pattern, needsDigit, List.of());
        }

        /** {@code cues}: lower-case strings of which every match holds one (none: no such test). */
        Shape(Pattern pattern, boolean needsDigit, List<String> cues) {
            this(pattern, groupsOf(pattern), needsDigit, pattern.pattern().contains("(?<month>"), cues);
        }

        boolean mayMatch(boolean digit, boolean month, String lower) {
            if ((needsDigit && !digit) || (needsMonth && !month)) return false;
            if (cues.isEmpty()) return true;
            for (String c : cues) if (lower.contains(c)) return true;
            return false;
        }

        private static Set<String> groupsOf(Pattern p) {
            Set<String> names = new HashSet<>();
            Matcher m = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>").matcher(p.pattern());
            while (m.find()) names.add(m.group(1));
            return names;
        }
    }

    /** Non-overlapping date expressions of text[from, to), in order, read without weekday names. */
    public static List<DateExpression> find(String text, int from, int to) {
        return PLAIN.dates(text, from, to);
    }

    /** Non-overlapping date expressions of text[from, to), in order. */
    public List<DateExpression> dates(String text, int from, int to) {
        String s = Folding.normalizePunctuation(text.substring(from, to));
        List<DateExpression> out = new ArrayList<>();
        boolean[] taken = new boolean[s.length() + 1];
        boolean digit = hasDigit(s), month = Months.mayName(s);
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        for (Shape p : shapes) {
            // Most sentences have no date: cheap tests spare the patterns that would find nothing.
            if (!p.mayMatch(digit, month, lower)) continue;
            Matcher m = p.pattern.matcher(s);
            while (m.find()) {
                if (m.end() == m.start() || overlaps(taken, m.start(), m.end())) continue;
                DateExpression d = build(m, p.groups, s, from);
                if (d == null) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                out.add(d);
            }
        }
        out.sort(java.util.Comparator.comparingInt(DateExpression::start));
        return out;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
        return false;
    }

    private static boolean overlaps(boolean[] taken, int a, int b) {
        for (int i = a; i < b; i++) if (taken[i]) return true;
        return false;
    }

    private DateExpression build(Matcher m, Set<String> groups, String s, int offset) {
        String weekday = group(m, groups, "weekday");
        if (weekday != null) {
            int w = weekdays.get(Folding.fold(weekday));
            return new DateExpression(m.start() + offset, m.end() + offset, null, null, null, null, true, w);
        }
        String yrel = group(m, groups, "yrel");
        if (yrel != null) {
            return new DateExpression(m.start() + offset, m.end() + offset, null, null, null, yearOffset(yrel), false);
        }
        Integer year = group(m, groups, "year") == null ? null : Integer.valueOf(group(m, groups, "year"));
        Integer month = null;
        if (group(m, groups, "mnum") != null) month = Integer.valueOf(group(m, groups, "mnum"));
        else if (group(m, groups, "month") != null) {
            int mo = Months.parse(group(m, groups, "month"));
            if (mo == 0) return null;
            month = mo;
        }
        Integer day = group(m, groups, "day") == null ? null : Integer.valueOf(group(m, groups, "day"));
        if (month != null && (month < 1 || month > 12)) return null;
        if (day != null && (day < 1 || day > 31)) return null;
        if (month == null && day != null) return null;
        // A bare month word with no number nearby is too weak ("may", "mars" the planet): need a year or a relative word.
        String rel = group(m, groups, "rel");
        String pre = group(m, groups, "lastpre");
        String relen = group(m, groups, "relen");
        boolean numericMonth = group(m, groups, "mnum") != null;
        if (year == null && day == null && rel == null && pre == null && relen == null && !numericMonth) {
            if (!precededByIn(s, m.start())) return null;
        }
        if (month != null && day == null && year == null && group(m, groups, "month") != null
                && group(m, groups, "month").equalsIgnoreCase("may") && pre == null && relen == null && rel == null) {
            return null; // the English modal verb
        }
        if (day != null && month != null) {
            try {
                java.time.MonthDay.of(month, day);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Integer offsetYears = null;
        boolean last = false;
        String relText = rel != null ? rel : "";
        if (relen != null) relText = relen;
        String r = Folding.fold(relText + " " + (pre == null ? "" : pre));
        if (year == null) {
            if (r.contains("annee derniere") || r.contains("annee passee") || r.contains("last year")) offsetYears = -1;
            else if (r.contains("annee prochaine") || r.contains("next year")) offsetYears = 1;
            else if (r.contains("cette annee") || r.contains("this year")) offsetYears = 0;
            else if (r.contains("next") || r.contains("prochain")) offsetYears = null;
            if (r.contains("dernier") || r.contains("derniere") || r.contains("last") || r.contains("passe")) last = true;
        }
        int end = m.end();
        return new DateExpression(m.start() + offset, end + offset, year, month, day, offsetYears, last);
    }

    /** "in December", "en décembre", "since March": a month word is a date only after such a word. */
    private static boolean precededByIn(String text, int s) {
        int i = s - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        int j = i;
        while (j >= 0 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'')) j--;
        String w = text.substring(j + 1, i + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (w) {
            case "in", "en", "since", "depuis", "until", "jusqu'en", "during", "durant", "of", "early", "late", "mid", "début", "fin", "courant", "d'ici" -> true;
            default -> false;
        };
    }

    private static Integer yearOffset(String s) {
        String f = Folding.fold(s);
        if (f.contains("derni") || f.contains("pass") || f.contains("last")) return -1;
        if (f.contains("prochain") || f.contains("next")) return 1;
        return 0;
    }

    /** The text of a named group, or null when the pattern has no such group or it did not take part. */
    private static String group(Matcher m, Set<String> groups, String name) {
        return groups.contains(name) ? m.group(name) : null;
    }
}
