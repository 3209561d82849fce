package org.chancery.text;

import java.time.LocalDate;

/** A day, a month or a year: typed in RDF by its precision (xsd:date, xsd:gYearMonth, xsd:gYear). */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate>, java.io.Serializable {

    public PartialDate {
        if (day != null && month == null) throw new IllegalArgumentException("a day needs a month");
        if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("month " + month);
        if (day != null) LocalDate.of(year, month, day); // throws on 31 February
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public boolean isDay() {
        return day != null;
    }

    public boolean isMonth() {
        return month != null && day == null;
    }

    public LocalDate toLocalDate() {
        return day == null ? null : LocalDate.of(year, month, day);
    }

    /** The lexical form: 2024-05-20, 2010-12 or 2025. */
    public String lexical() {
        if (day != null) return String.format("%04d-%02d-%02d", year, month, day);
        if (month != null) return String.format("%04d-%02d", year, month);
        return String.format("%04d", year);
    }

    public String xsdType() {
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
