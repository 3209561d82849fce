package org.chancery.bench.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.chancery.serve.QueryRegistry;
import org.chancery.store.Store;

/**
 * Every canned query, warm, in this JVM over the TDB2 store (ARQ, as `chancery query --store`
 * runs it): a few untimed runs, then up to N timed runs within a time budget per query.
 */
public final class QueryLatency {
    /** One query form's times, in milliseconds, and the rows it returned; {@code warm}: timed after untimed runs. */
    public record Latency(QueryForm form, double medianMs, double p95Ms, int runs, long rows, boolean warm) {}

    private static final int WARM_UP = 3;
    private final java.io.PrintStream progress;

    /** {@code progress} receives each query's figures as they come. */
    public QueryLatency(java.io.PrintStream progress) {
        this.progress = progress;
    }

    public List<Latency> run(Path storeDir, int runs, int budgetSeconds) {
        QueryRegistry registry = QueryRegistry.load();
        List<Latency> out = new ArrayList<>();
        try (Store store = Store.open(storeDir)) {
            QueryParameters parameters = QueryParameters.from(store);
            for (QueryForm form : parameters.forms(registry.all())) {
                Query q = registry.get(form.query()).bind(form.params());
                long budgetEnd = System.nanoTime() + budgetSeconds * 1_000_000_000L;
                long rows = 0;
                double[] times = new double[runs];
                int done = 0;
                long t0 = System.nanoTime();
                rows = execute(store, q);
                double first = (System.nanoTime() - t0) / 1e6;
                if (System.nanoTime() > budgetEnd) {
                    // A query slower than its whole budget is timed once, by that first run: running
                    // it again to warm it would cost minutes on a large store and change little.
                    out.add(report(new Latency(form, first, first, 1, rows, false)));
                    continue;
                }
                for (int i = 1; i < WARM_UP && System.nanoTime() < budgetEnd; i++) rows = execute(store, q);
                // At least one timed run, even when warming up used the budget.
                while (done < runs && (done == 0 || System.nanoTime() < budgetEnd)) {
                    long start = System.nanoTime();
                    rows = execute(store, q);
                    times[done++] = (System.nanoTime() - start) / 1e6;
                }
                double[] t = Arrays.copyOf(times, done);
                Arrays.sort(t);
                out.add(report(new Latency(form, percentile(t, 50), percentile(t, 95), done, rows, true)));
            }
        }
        return out;
    }

    /** Each figure as it comes, on standard error: a long run stopped half way still leaves what it measured. */
    private Latency report(Latency l) {
        progress.printf(java.util.Locale.ROOT, "bench:   %s: median %.1f ms, p95 %.1f ms, %d run(s)%s, %,d rows%n",
                l.form().label(), l.medianMs(), l.p95Ms(), l.runs(), l.warm() ? "" : " (cold)", l.rows());
        return l;
    }

    private static long execute(Store store, Query q) {
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                return (long) ResultSetFormatter.consume(qe.execSelect());
            }
        });
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
