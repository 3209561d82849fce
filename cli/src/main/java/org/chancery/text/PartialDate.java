package org.chancery.text;

import java.time.LocalDate;

/**
 * A day, a month or a year: typed in RDF by its precision (xsd:date, xsd:gYearMonth, xsd:gYear); or
 * a day of a year the text does not settle (xsd:gMonthDay "--04-15"): never a guessed year.
 */
public record PartialDate(Integer year, Integer month, Integer day) implements Comparable<PartialDate>, java.io.Serializable {

    public PartialDate {
        if (day != null && month == null) throw new IllegalArgumentException("a day needs a month");
        if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("month " + month);
        if (year == null && day == null) throw new IllegalArgumentException("a date without its year needs a day and a month");
        if (day != null && year != null) LocalDate.of(year, month, day); // throws on 31 February
        if (day != null && year == null) java.time.MonthDay.of(month, day); // throws on 30 February
    }

    /** A day and month whose year the text does not give ("le 15 avril" in an undated document). */
    public static PartialDate monthDay(int month, int day) {
        return new PartialDate(null, month, day);
    }

    /** Whether the year is unknown (xsd:gMonthDay). */
    public boolean isYearless() {
        return year == null;
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** A whole day, year included. */
    public boolean isDay() {
        return day != null && year != null;
    }

    public boolean isMonth() {
        return month != null && day == null;
    }

    public LocalDate toLocalDate() {
        return day == null || year == null ? null : LocalDate.of(year, month, day);
    }

    /** The lexical form: 2024-05-20, 2010-12, 2025 or --04-15. */
    public String lexical() {
        if (year == null) return String.format("--%02d-%02d", month, day);
        if (day != null) return String.format("%04d-%02d-%02d", year, month, day);
        if (month != null) return String.format("%04d-%02d", year, month);
        return String.format("%04d", year);
    }

    public String xsdType() {
        if (year == null) return "http://www.w3.org/2001/XMLSchema#gMonthDay";
        if (day != null) return "http://www.w3.org/2001/XMLSchema#date";
        if (month != null) return "http://www.w3.org/2001/XMLSchema#gYearMonth";
        return "http://www.w3.org/2001/XMLSchema#gYear";
    }

    @Override
    public int compareTo(PartialDate o) {
        return lexical().compareTo(o.lexical());
    }

    @Override
    public String toString() {
        return lexical();
    }
}
