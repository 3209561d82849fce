package org.chancery.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 store: one named graph per document, the default graph the union of them. A load either
 * stores every document of it or (on any failure, a killed process included) leaves the store
 * exactly as it was; a document loaded again replaces its graph.
 */
public final class Store implements AutoCloseable {
    /** Inputs from this many quads up may take the bulk loader; below it a transaction is quicker. */
    public static final long BULK_MIN_QUADS = 100_000;

    private final Path dir;
    private DatasetGraph dsg;

    private Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    public static Store open(Path dir) {
        return new Store(dir, connect(dir));
    }

    /**
     * Whether a store is there (opening a folder that holds none would make an empty one): a storage
     * generation, {@code Data-NNNN}. An unfinished one ({@code Data-NNNN-tmp}) does not count.
     */
    public static boolean exists(Path dir) {
        return Files.isDirectory(dir) && !folders(dir, GENERATION).isEmpty();
    }

    /** A storage generation of TDB2, and one a bulk load was building ({@link BulkLoad}) when it was stopped. */
    private static final Pattern GENERATION = Pattern.compile(DatabaseOps.dbNameBase + "-\\d+");
    private static final Pattern UNFINISHED = Pattern.compile(DatabaseOps.dbNameBase + "-\\d+-tmp");

    private static List<Path> folders(Path dir, Pattern name) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> name.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /**
     * Opens the store and lets go of it, when a stopped load left an unfinished generation in it: the
     * opening removes it and says so. For a process that opens the store by other means (Fuseki).
     */
    public static void recover(Path dir) {
        if (Files.isDirectory(dir) && !folders(dir, UNFINISHED).isEmpty()) open(dir).close();
    }

    /**
     * Connects to the store. A bulk load stopped before its switch (killed, a crash, a power cut)
     * leaves the generation it was building, {@code Data-NNNN-tmp}; the store is as it was before that
     * load, and the folder is removed here, once the store's lock is held (so never under a load that
     * is still running), and named on the standard error.
     */
    private static DatasetGraph connect(Path dir) {
        List<Path> unfinished = Files.isDirectory(dir) ? folders(dir, UNFINISHED) : List.of();
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            if (!unfinished.isEmpty()) {
                // TDB2 removes such folders as it opens a store (its compaction's); what it left is removed now.
                unfinished.forEach(BulkLoad::deleteQuietly);
                System.err.println("chancery: " + dir + ": removed the unfinished data of a load that was stopped before its end ("
                        + unfinished.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
                        + "); the store holds what it held before that load");
            }
            return dsg;
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock") || msg.contains("Lock")) {
                throw new StoreException(dir + ": the store is in use by another process (is `chancery serve` running on it?). "
                        + "Stop the server first; or, to load while it runs, start it with --allow-update and load through it: "
                        + "`chancery load --endpoint http://localhost:3030/chancery/data [--user U --password-file F] INPUT...`.");
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

    /** How a load writes: one transaction, TDB2's bulk loader, or the one that suits the sizes. */
    public enum Loader { AUTO, TRANSACTION, BULK }

    /**
     * Stores what the writer writes, replacing the given graphs (the documents being loaded again):
     * all of it or none of it. {@code quads}, the size of the input, lets {@link Loader#AUTO} choose.
     */
    public LoadReport load(Set<Node> graphs, long quads, Loader loader, Consumer<StreamRDF> writer) {
        return load(graphs, quads, loader, writer, q -> {});
    }

    /**
     * As above; and when the bulk loader does it ({@link LoadReport#bulk()}), {@code stored} has seen
     * every quad the store then holds (what it kept, what was loaded; a quad perhaps more than once).
     */
    public LoadReport load(Set<Node> graphs, long quads, Loader loader, Consumer<StreamRDF> writer, Consumer<Quad> stored) {
        boolean bulk = switch (loader) {
            case BULK -> true;
            case TRANSACTION -> false;
            // A bulk load rewrites what is stored into a new generation, so it only pays when the
            // input outweighs the store.
            case AUTO -> quads >= BULK_MIN_QUADS && !holdsAtLeast(quads);
        };
        Phases.mark("choose loader");
        if (!bulk) return replaceGraphs(graphs, writer);
        BulkLoad.Result r = BulkLoad.run(dir, dsg, graphs, quads, writer, stored);
        // The live generation is closed before the switch, and the store reopened on whichever
        // generation is then the latest: the new one, or (if the switch failed) the old one.
        TDBInternal.expel(dsg, true);
        try {
            r.switchIn();
        } finally {
            dsg = connect(dir);
        }
        Phases.mark("switch generation");
        return new LoadReport(r.graphs(), r.quads(), true);
    }

    /**
     * Replaces the named graphs the writer writes: each graph it writes into is cleared first, so a
     * document loaded again replaces its old graph. All in one transaction.
     */
    public LoadReport replaceGraphs(Consumer<StreamRDF> writer) {
        return replaceGraphs(Set.of(), writer);
    }

    /** As above, also clearing {@code graphs} whether or not the writer writes into them. */
    public LoadReport replaceGraphs(Set<Node> graphs, Consumer<StreamRDF> writer) {
        Set<Node> replaced = new HashSet<>();
        long[] count = {0};
        dsg.begin(ReadWrite.WRITE);
        try {
            for (Node g : graphs) clear(g, replaced);
            StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
                @Override
                public void quad(Quad q) {
                    if (!q.isDefaultGraph()) clear(q.getGraph(), replaced);
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
        return new LoadReport(replaced.size(), count[0], false);
    }

    private void clear(Node g, Set<Node> replaced) {
        if (replaced.add(g)) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    }

    /** Whether the store holds at least {@code quads} quads; reads no further than that. */
    public boolean holdsAtLeast(long quads) {
        return read(() -> {
            var it = dsg.find();
            long n = 0;
            while (n < quads && it.hasNext()) {
                it.next();
                n++;
            }
            return n >= quads;
        });
    }

    public <T> T read(Supplier<T> action) {
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
    public List<StoredOfficial> officials() {
        return read(() -> {
            List<StoredOfficial> out = new ArrayList<>();
            var model = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dsg.getUnionGraph());
            try (var qe = org.apache.jena.query.QueryExecution.model(model).query(OFFICIALS).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(new StoredOfficial(
                        row.getResource("o").getURI(), row.getLiteral("label").getLexicalForm(),
                        List.of(row.getLiteral("names").getLexicalForm().split("\u0001")))));
            }
            return out;
        });
    }

    /** Closes the store's files and frees its lock, so another process (a server, a load) can open it. */
    @Override
    public void close() {
        if (dsg != null) TDBInternal.expel(dsg);
        dsg = null;
    }

    /** An official the store holds: its IRI, its label and every name it is known by (the label among them). */
    public record StoredOfficial(String iri, String label, List<String> names) {}

    /** What a load did: graphs written (replaced or new), quads sent, and whether the bulk loader did it. */
    public record LoadReport(int graphs, long quads, boolean bulk) {}

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
