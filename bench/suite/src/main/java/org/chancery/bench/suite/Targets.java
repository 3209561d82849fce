package org.chancery.bench.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chancery.bench.LoadBench;
import org.chancery.bench.convert.ConvertBench;
import org.chancery.bench.query.QueryLatency;

/** The targets, each judged met, missed or not measured from a run's figures. */
final class Targets {
    List<ConvertBench.Run> convert = List.of();
    List<LoadBench.Timing> load = List.of();
    List<QueryLatency.Latency> queries = List.of();
    long queryStoreQuads;
    String convertHeap = "1g";

    String markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("| target | result | status |");
        lines.add("|---|---|---|");
        // Words per second with 2 cores, at the largest size that finished.
        ConvertBench.Run two = convert.stream().filter(r -> r.threads() == 2 && !Double.isNaN(r.wordsPerSecond()))
                .reduce((a, b) -> b.documents() >= a.documents() ? b : a).orElse(null);
        lines.add(row("convert ≥ 100,000 words/s with 2 cores",
                two == null ? "not measured" : String.format(Locale.ROOT, "%,.0f words/s (%,d docs)", two.wordsPerSecond(), two.documents()),
                two == null ? "not run" : two.wordsPerSecond() >= 100_000 ? "met" : "missed"));
        List<ConvertBench.Run> hundredK = convert.stream().filter(r -> r.documents() >= 100_000).toList();
        lines.add(row("100,000 documents converted with -Xmx1g",
                hundredK.isEmpty() ? "not measured" : hundredK.stream().map(r -> r.threads() + " thread(s): "
                        + (Double.isNaN(r.wordsPerSecond()) ? "did not finish" : "finished") + ", peak " + r.peakMiB() + " MiB").reduce((a, b) -> a + "; " + b).get(),
                hundredK.isEmpty() ? "not run" : convertHeap.equals("1g") && hundredK.stream().allMatch(r -> !Double.isNaN(r.wordsPerSecond())) ? "met" : "missed"));
        for (long quads : load.stream().map(LoadBench.Timing::quads).distinct().toList()) {
            double chancery = median(quads, "chancery load"), tdb = median(quads, "tdb2.tdbloader");
            if (Double.isNaN(chancery) || Double.isNaN(tdb)) continue;
            double ratio = chancery / tdb;
            lines.add(row(String.format(Locale.ROOT, "load within 1.25× of tdb2.tdbloader (%,d quads)", quads),
                    String.format(Locale.ROOT, "%.2f s vs %.2f s: %.2f×", chancery, tdb, ratio), ratio <= 1.25 ? "met" : "missed"));
        }
        if (load.isEmpty()) lines.add(row("load within 1.25× of tdb2.tdbloader", "not measured", "not run"));
        if (queries.isEmpty()) {
            lines.add(row("every canned query < 100 ms at p95, warm, on 10M triples", "not measured", "not run"));
        } else {
            List<String> slow = queries.stream().filter(q -> q.p95Ms() >= 100).map(q -> q.form().label() + String.format(Locale.ROOT, " %.0f ms", q.p95Ms())).toList();
            double worst = queries.stream().mapToDouble(QueryLatency.Latency::p95Ms).max().orElse(0);
            String size = String.format(Locale.ROOT, " (on %,d quads)", queryStoreQuads);
            String status = slow.isEmpty() ? "met" : "missed";
            if (queryStoreQuads < 10_000_000) status += ", but on a smaller store than the target's";
            lines.add(row("every canned query < 100 ms at p95, warm, on 10M triples",
                    (slow.isEmpty() ? String.format(Locale.ROOT, "slowest p95 %.1f ms", worst) : "over 100 ms: " + String.join("; ", slow)) + size, status));
        }
        return String.join("\n", lines) + "\n";
    }

    private double median(long quads, String loader) {
        return load.stream().filter(t -> t.quads() == quads && t.loader().equals(loader)).mapToDouble(LoadBench.Timing::medianSeconds).findFirst().orElse(Double.NaN);
    }

    private static String row(String target, String result, String status) {
        return "| " + target + " | " + result + " | " + status + " |";
    }
}
