package org.chancery.bench.suite;

import java.util.ArrayList;
import java.util.List;

/** The figures of a run, one row each, printed as one Markdown table. */
public final class ResultTable {
    /** One figure: which benchmark, which case of it, on what size, what is measured, and its value. */
    public record Row(String part, String variant, String size, String figure, String value) {}

    private final List<Row> rows = new ArrayList<>();

    public void add(String part, String variant, String size, String figure, String value) {
        rows.add(new Row(part, variant, size, figure, value));
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder("| part | case | size | figure | value |\n|---|---|---|---|---:|\n");
        for (Row r : rows) sb.append("| ").append(String.join(" | ", r.part(), r.variant(), r.size(), r.figure(), r.value())).append(" |\n");
        return sb.toString();
    }
}
