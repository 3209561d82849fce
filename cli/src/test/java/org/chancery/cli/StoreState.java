package org.chancery.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What a store holds, as its named graphs and their quad counts; also a program, so a child
 * process (in a mount namespace of its own) can print it.
 */
record StoreState(Map<String, Long> graphs) {

    /** Opens the store (recovering its journal, as any open does), reads it, and lets go of it, lock included. */
    static StoreState of(Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(store.toString()));
        try {
            Map<String, Long> graphs = new TreeMap<>();
            dsg.executeRead(() -> dsg.find().forEachRemaining(q -> graphs.merge(q.getGraph().toString(), 1L, Long::sum)));
            return new StoreState(graphs);
        } finally {
            TDBInternal.expel(dsg, true);
        }
    }

    long quads() {
        return graphs.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return graphs.size() + " graph(s), " + quads() + " quad(s)";
    }

    public static void main(String[] args) {
        StoreState s = of(Path.of(args[0]));
        s.graphs.forEach((g, n) -> System.out.println(g + " " + n));
    }
}
