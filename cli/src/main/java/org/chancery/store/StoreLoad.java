package org.chancery.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.chancery.document.BadInputException;

/**
 * One load into a TDB2 store: the converted documents' graphs and the RDF files together, all or
 * nothing, then the label index brought up to date. A file taken unchecked that proves malformed half
 * way makes the load store nothing; every file is then checked and the load made again without the
 * bad ones, each named in {@link Result#problems()}.
 */
public final class StoreLoad {
    private final Store store;
    private final Store.Loader mode;
    private final Resource labelIndex;
    private Counter counter = (done, total) -> { };

    /** Told, every 4,096 quads the store takes, how many it has taken of how many ({@code total} ≤ 0: unknown). */
    public interface Counter {
        void stored(long done, long total);
    }

    /** {@code labelIndex}: the description of the Lucene name index that follows the store. */
    public StoreLoad(Store store, Store.Loader mode, Resource labelIndex) {
        this.store = store;
        this.mode = mode;
        this.labelIndex = labelIndex;
    }

    /** This load, telling {@code counter} of the quads as they are stored. */
    public StoreLoad counting(Counter counter) {
        this.counter = counter;
        return this;
    }

    /**
     * What the load did: {@code report} is null when nothing was to be stored; {@code indexed}, the
     * names in the rebuilt label index; {@code problems}, the files left out.
     */
    public record Result(Store.LoadReport report, long indexed, List<String> problems) {
        /** Whether any quad was stored. */
        public boolean loaded() {
            return report != null && report.quads() > 0;
        }
    }

    /**
     * Loads what {@code documents} writes (it frames its own stream with start and finish, and may
     * be called more than once: to size the load, then to store it) and the RDF files.
     */
    public Result run(Consumer<StreamRDF> documents, List<RdfFile> rdf) {
        List<String> problems = new ArrayList<>();
        Set<Node> graphs = new HashSet<>();
        long[] quads = {0};
        documents.accept(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                graphs.add(q.getGraph());
                quads[0]++;
            }
        });
        if (graphs.isEmpty() && rdf.isEmpty()) return new Result(null, 0, problems);
        LabelIndex.Names names = new LabelIndex.Names(labelIndex);
        LabelIndex.markBehind(store.dir());
        Store.LoadReport r;
        try {
            r = load(graphs, quads[0], documents, rdf, names);
        } catch (RuntimeException e) {
            if (RdfFile.Unparsable.in(e) == null) throw e;
            // A file proved malformed half way, and the load stored nothing: every file is
            // checked now, and the good ones loaded without the bad.
            List<RdfFile> good = new ArrayList<>();
            for (RdfFile f : rdf) {
                try {
                    good.add(RdfFile.check(f.path()));
                } catch (BadInputException bad) {
                    problems.add(bad.getMessage());
                }
            }
            names = new LabelIndex.Names(labelIndex);
            r = graphs.isEmpty() && good.isEmpty() ? null : load(graphs, quads[0], documents, good, names);
        }
        long indexed = 0;
        if (r != null && r.quads() > 0) {
            // Fault injection for StoreFaultTest: a process killed between the store's commit and the index's.
            if (Boolean.getBoolean("chancery.fault.haltBeforeLabelIndex")) Runtime.getRuntime().halt(137);
            // The label index follows the store: text:query must find the names just loaded.
            // A bulk load has seen every name the store now holds; else the store is read.
            indexed = r.bulk() ? LabelIndex.rebuild(names, labelIndex) : LabelIndex.rebuild(store, labelIndex);
            Phases.mark("label index");
        }
        LabelIndex.caughtUp(store.dir());
        return new Result(r, indexed, problems);
    }

    /** The documents' graphs and the RDF files into the store, in one load; {@code quads}: the documents' quads. */
    private Store.LoadReport load(Set<Node> documentGraphs, long quads, Consumer<StreamRDF> documents, List<RdfFile> rdf,
            LabelIndex.Names names) {
        Set<Node> graphs = new HashSet<>(documentGraphs);
        long size = quads;
        for (RdfFile f : rdf) {
            graphs.addAll(f.graphs());
            size += f.quads();
        }
        return store.load(graphs, size, mode, sink -> {
            documents.accept(sink);
            for (RdfFile f : rdf) f.send(sink);
        }, counted(names, size));
    }

    /**
     * The quads as the store takes them, into the label index and counted every 4,096 (the bulk loader
     * also passes what the store kept, so the count may pass the input's size: told without a total then).
     */
    private Consumer<Quad> counted(LabelIndex.Names names, long total) {
        long[] n = {0};
        return q -> {
            names.accept(q);
            if ((++n[0] & 4095) == 0) counter.stored(n[0], n[0] <= total ? total : -1);
        };
    }
}
