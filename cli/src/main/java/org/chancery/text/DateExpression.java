package org.chancery.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date as the text writes it, before it is anchored: any of year, month, day may be missing, and
 * {@code yearOffset} says the year is relative to the document's ("l'année dernière" is -1).
 * {@code last} marks "dernier"/"last": the latest such day or month not after the reference.
 */
public record DateExpression(int start, int end, Integer year, Integer month, Integer day,
                             Integer yearOffset, boolean last, Integer weekday) {

    public DateExpression(int start, int end, Integer year, Integer month, Integer day, Integer yearOffset, boolean last) {
        this(start, end, year, month, day, yearOffset, last, null);
    }

    public boolean isAbsolute() {
        return year != null;
    }

    public boolean isRelative() {
        return year == null;
    }

    /**
     * The date this expression names, given the reference (document date or year). Empty where the
     * reference is not enough: a partial date is kept rather than a guessed one.
     */
    public Optional<PartialDate> resolve(LocalDate refDate, Integer refYear) {
        if (year != null) return Optional.of(new PartialDate(year, month, day));
        if (weekday != null) {
            // "closed in Dubai on Wednesday": news reports the past week; the day needs the document's date.
            if (refDate == null) return Optional.empty();
            LocalDate d = refDate;
            while (d.getDayOfWeek().getValue() != weekday) d = d.minusDays(1);
            return Optional.of(PartialDate.of(d));
        }
        Integer ry = refDate != null ? Integer.valueOf(refDate.getYear()) : refYear;
        if (ry == null) {
            // "le 15 avril" with nothing to settle the year: the day stays partial, never a guessed year.
            if (month != null && day != null && yearOffset == null) return Optional.of(PartialDate.monthDay(month, day));
            return Optional.empty();
        }
        if (yearOffset != null) {
            if (month == null && day == null) return Optional.of(new PartialDate(ry + yearOffset, null, null));
            return Optional.of(new PartialDate(ry + yearOffset, month, day));
        }
        if (month == null) return Optional.empty();
        int y = ry;
        if (refDate != null) {
            // "le 20 mai dernier", "last December", "on 20 May": the latest such date not after the reference.
            boolean after = day != null
                    ? LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth())).isAfter(refDate)
                    : month > refDate.getMonthValue();
            if (after) y -= 1;
        }
        return Optional.of(new PartialDate(y, month, day));
    }
}
