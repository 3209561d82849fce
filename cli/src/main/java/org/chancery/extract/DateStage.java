package org.chancery.extract;

import java.util.List;
import org.chancery.mapping.Mappings;
import org.chancery.text.DateExpression;
import org.chancery.text.DateFinder;

/**
 * Finds date expressions per sentence, and notes the years the text names about the past (not in a
 * sentence announcing something planned): where the document has no date, the latest of them
 * anchors its relative dates.
 */
public final class DateStage implements Stage {
    /** Reads weekdays by the names of words.ttl's Weekday list. */
    private final DateFinder finder;

    public DateStage(Mappings mappings) {
        this.finder = new DateFinder(mappings.wordNumbers("Weekday"));
    }

    @Override
    public void process(DocumentReading r) {
        String text = r.document.text();
        Integer docYear = r.document.date() == null ? null : r.document.date().getYear();
        for (Sentence s : r.sentences) {
            List<DateExpression> found = finder.dates(text, s.start(), s.end());
            r.dates.put(s.index(), found);
            boolean planned = r.mentions(s.index()).stream().anyMatch(m -> m.isCue("PlannedCue"));
            if (planned) continue;
            for (DateExpression d : found) {
                if (d.year() != null && (docYear == null || d.year() <= docYear)) r.pastYears.add(d.year());
            }
        }
    }
}
