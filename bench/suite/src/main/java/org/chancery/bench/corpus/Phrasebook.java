package org.chancery.bench.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.bench.corpus.Cast.Named;

/**
 * The wording of one language: for each kind of event several templates with {slots}, and
 * background sentences that state no fact, so that documents read as reports rather than lists.
 */
abstract class Phrasebook {
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    /** What the background sentences of a document talk about. */
    record Scene(Named state, Named other, Named topic, int year, Cast.Official official, Cast.Place city) {}

    abstract Language language();

    /** A date as it reads after "on"/"le"; {@code style} picks one of the language's usual forms. */
    abstract String date(LocalDate d, int style);

    abstract String title(Event e, Random r);

    abstract String sentence(Event e, Random r, int dateStyle);

    abstract String background(Scene s, Random r);

    /** What the events are about ("trade" / "le commerce"). */
    abstract List<Named> topics();

    static String fill(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = slots.get(m.group(1));
            if (v == null) throw new IllegalArgumentException("no slot " + m.group(1) + " for: " + template);
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return capitalise(sb.toString());
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String pick(String[] templates, Random r) {
        return templates[r.nextInt(templates.length)];
    }

    /** "A, B and C" with the language's conjunction. */
    static String list(List<String> items, String and) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }
}
