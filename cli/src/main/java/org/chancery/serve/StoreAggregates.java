package org.chancery.serve;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.chancery.serve.StoreQueries.Row;

/**
 * The rows of the explorer's whole-store queries (counts per class, latest meetings, every pair
 * of the network), computed once per generation of the store instead of on every request. On TDB2
 * a generation is the storage in use (compaction swaps it) and its count of write transactions
 * begun: a served store that takes no update keeps its rows for good, and any write, committed or
 * not, starts a new generation. While a writer is active nothing is kept (the reader's snapshot may
 * be older than the count says). Any other dataset keeps rows for a short time only.
 */
final class StoreAggregates {
    static final Duration OTHER_STORES = Duration.ofSeconds(10);

    private record Kept(Object generation, long at, List<Row> rows) {}

    private final Map<String, Kept> kept = new HashMap<>();

    /** The rows of query {@code name}, computed by {@code compute} when this generation has none yet. */
    List<Row> rows(String name, DatasetGraph dataset, Supplier<List<Row>> compute) {
        Object generation = generation(dataset);
        long now = System.nanoTime();
        synchronized (this) {
            Kept k = kept.get(name);
            if (k != null && generation != null && generation.equals(k.generation())
                    && (!(generation instanceof Ttl) || now - k.at() < OTHER_STORES.toNanos())) return k.rows();
        }
        List<Row> rows = List.copyOf(compute.get());
        if (generation != null) {
            synchronized (this) {
                kept.put(name, new Kept(generation, now, rows));
            }
        }
        return rows;
    }

    private record Tdb(Object storage, long writesBegun) {}

    private record Ttl(DatasetGraph dataset) {}

    /** The store's generation; null when none can be told (a write under way). */
    private static Object generation(DatasetGraph dataset) {
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
