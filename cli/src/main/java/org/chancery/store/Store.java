package org.chancery.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.chancery.resolve.PersonClusters;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.dboe.base.file.Location;

/**
 * A TDB2 store: one named graph per document, the default graph the union of them. A load is one
 * write transaction: either every document of it is stored, or (on any failure, a killed process
 * included) the store stays exactly as it was.
 */
public final class Store implements AutoCloseable {
    private final DatasetGraph dsg;
    private final Path dir;

    private Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    public static Store open(Path dir) {
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Store(dir, dsg);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock") || msg.contains("Lock")) {
                throw new StoreException(dir + ": the store is in use by another process (is `chancery serve` running on it?). "
                        + "Stop the server, or load through it.");
            }
            throw new StoreException(dir + ": cannot open the store (" + msg + ")");
        }
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Replaces the named graphs the writer writes: each graph it writes into is cleared first, so a
     * document loaded again replaces its old graph. All in one transaction.
     */
    public LoadReport replaceGraphs(Consumer<StreamRDF> writer) {
        java.util.Set<Node> replaced = new java.util.HashSet<>();
        long[] count = {0};
        dsg.begin(ReadWrite.WRITE);
        try {
            StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
                @Override
                public void quad(Quad q) {
                    Node g = q.isDefaultGraph() ? null : q.getGraph();
                    if (g != null && replaced.add(g)) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    count[0]++;
                    super.quad(q);
                }
            };
            writer.accept(sink);
            dsg.commit();
        } catch (RuntimeException | Error e) {
            // Errors too: a full disk under TDB2's memory-mapped files surfaces as an InternalError.
            try {
                dsg.abort();
            } catch (RuntimeException | Error ignored) {
                // the journal is not committed, so the store reopens as it was before this load
            }
            throw new StoreException(dir + ": the load failed and nothing of it was stored (" + cause(e) + ")", e);
        } finally {
            try {
                dsg.end();
            } catch (RuntimeException ignored) {
                // already aborted: end() has nothing left to undo
            }
        }
        return new LoadReport(replaced.size(), count[0]);
    }

    public <T> T read(java.util.function.Supplier<T> action) {
        dsg.begin(ReadWrite.READ);
        try {
            return action.get();
        } finally {
            dsg.end();
        }
    }

    private static final String OFFICIALS = """
            PREFIX dip: <https://w3id.org/chancery/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?o (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT ?n; separator="\\u0001") AS ?names)
            WHERE { ?o a dip:Official ; rdfs:label ?l . { ?o rdfs:label ?n } UNION { ?o skos:altLabel ?n } }
            GROUP BY ?o ORDER BY ?o""";

    /** The officials already stored, with all their names: a load resolves new reports against them. */
    public List<PersonClusters.KnownPerson> officials() {
        return read(() -> {
            List<PersonClusters.KnownPerson> out = new ArrayList<>();
            var model = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dsg.getUnionGraph());
            try (var qe = org.apache.jena.query.QueryExecution.model(model).query(OFFICIALS).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(new PersonClusters.KnownPerson(
                        row.getResource("o").getURI(), row.getLiteral("label").getLexicalForm(),
                        List.of(row.getLiteral("names").getLexicalForm().split("\u0001")))));
            }
            return out;
        });
    }

    @Override
    public void close() {
        dsg.close();
    }

    /** What a load did: graphs written (replaced or new) and quads added. */
    public record LoadReport(int graphs, long quads) {}

    /** A store that cannot be opened or written; the message says which and why. */
    public static final class StoreException extends RuntimeException {
        public StoreException(String message) {
            super(message);
        }

        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The innermost message: wrappers say little ("java.io.IOException: …" inside a RuntimeIOException). */
    private static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        // The JVM's word for a SIGBUS on a memory-mapped file, which on a full disk is what TDB2 meets.
        if (t instanceof InternalError && String.valueOf(t.getMessage()).contains("unsafe memory access")) {
            return "a write to the store's files failed: is the disk full?";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
