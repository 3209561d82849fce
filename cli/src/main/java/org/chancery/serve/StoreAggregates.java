package org.chancery.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What the explorer computes once per generation of the store instead of on every request: the
 * rows of its whole-store queries (counts per class, latest meetings, every pair of the network),
 * the network drawn for a year range, the pages of individuals. On TDB2 a generation is the storage in use
 * (compaction swaps it) and its count of write transactions begun: a served store that takes no
 * update keeps its values for good, and any write, committed or not, starts a new generation. While
 * a writer is active nothing is kept. The generation is read before the reader's transaction
 * begins, so a value is never kept under a generation newer than the data it was computed from.
 * Any other dataset keeps values for a short time only. Callers asking for a value that another
 * thread is computing wait for that computation instead of running it again.
 */
final class StoreAggregates {
    static final Duration OTHER_STORES = Duration.ofSeconds(10);
    /** The most values kept: those of older generations go first, then the oldest. */
    static final int MAX_KEPT = 1_000;

    private record Kept(Object generation, long at, FutureTask<Object> value) {}

    private final Map<String, Kept> kept = new LinkedHashMap<>();

    /** The value under {@code key} for this generation, computed by {@code compute} when it has none yet. */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Object generation, Supplier<T> compute) {
        long now = System.nanoTime();
        FutureTask<Object> task;
        boolean mine = false;
        synchronized (this) {
            Kept k = kept.get(key);
            if (k != null && generation != null && generation.equals(k.generation())
                    && (!(generation instanceof Ttl) || now - k.at() < OTHER_STORES.toNanos())) {
                task = k.value();
            } else {
                task = new FutureTask<>(compute::get);
                mine = true;
                if (generation != null) {
                    kept.remove(key);
                    kept.put(key, new Kept(generation, now, task));
                    trim(generation);
                }
            }
        }
        if (mine) task.run();
        try {
            return (T) task.get();
        } catch (ExecutionException | CancellationException e) {
            // A failed computation (a query past the time limit) is not kept: the next request tries again.
            synchronized (this) {
                Kept k = kept.get(key);
                if (k != null && k.value() == task) kept.remove(key);
            }
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the explorer's figures were computed", e);
        }
    }

    private void trim(Object generation) {
        if (kept.size() <= MAX_KEPT) return;
        kept.values().removeIf(k -> !generation.equals(k.generation()));
        if (kept.size() <= MAX_KEPT) return;
        List<String> oldest = new ArrayList<>(kept.keySet());
        oldest.sort(Comparator.comparingLong(key -> kept.get(key).at()));
        for (String key : oldest.subList(0, kept.size() - MAX_KEPT)) kept.remove(key);
    }

    /**
     * Computes {@code warm} in a read transaction now and again whenever the store's generation
     * changes (checked every {@code every}), on one daemon thread, while {@code alive} says so: the
     * first request after a start or a write then finds the whole-store figures ready (or being
     * computed, and waits for them) instead of paying for them.
     */
    void keepWarm(Supplier<DatasetGraph> dataset, Duration every, BooleanSupplier alive, Consumer<Object> warm) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chancery-explorer-warmer");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        Object[] last = {null};
        timer.scheduleWithFixedDelay(() -> {
            if (!alive.getAsBoolean()) {
                timer.shutdown();
                return;
            }
            try {
                DatasetGraph dsg = dataset.get();
                Object generation = generation(dsg);
                if (generation == null || generation instanceof Ttl || generation.equals(last[0])) return;
                Txn.executeRead(dsg, () -> warm.accept(generation));
                last[0] = generation;
            } catch (RuntimeException e) {
                // a store closing under the server, a query past its time: the next tick or request tries again
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private record Tdb(Object storage, long writesBegun) {}

    private record Ttl(DatasetGraph dataset) {}

    /** The store's generation, to be read before the reader's transaction begins; null when none can be told (a write under way). */
    static Object generation(DatasetGraph dataset) {
        DatasetGraph d = dataset;
        while (d instanceof DatasetGraphWrapper w && !TDBInternal.isTDB2(d)) d = w.getWrapped();
        if (TDBInternal.isTDB2(d)) {
            var tdb = TDBInternal.getDatasetGraphTDB(d);
            if (tdb != null) {
                TransactionCoordinator txn = tdb.getTxnSystem().getTxnMgr();
                if (txn.countActiveWriter() > 0) return null;
                return new Tdb(tdb, txn.countBeginWrite());
            }
        }
        return new Ttl(dataset);
    }
}
