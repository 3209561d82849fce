package org.chancery.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.chancery.Fixtures;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.store.LabelIndex;
import org.chancery.store.Store;

/**
 * examples/ converted, loaded into a TDB2 store with its label index, and served by Fuseki on a free
 * port — once for the whole test run: a Lucene index has one writer, so one server per store.
 */
final class ExampleServer {
    private static ExampleServer instance;

    final Path store;
    final FusekiServer server;

    private ExampleServer(Path store, FusekiServer server) {
        this.store = store;
        this.server = server;
    }

    /**
     * A fresh store at {@code store} holding one example document (03, the France–Mongolia
     * commission) and its label index: the small store the access tests serve.
     */
    static Path oneDocumentStore(Path store) throws IOException {
        Corpus.Report report = new Corpus(Fixtures.mappings(), 20L << 20, 2)
                .convert(List.of(Fixtures.root().resolve("examples/03-france-mongolie-commission.txt")), null);
        try (Store s = Store.open(store)) {
            s.replaceGraphs(sink -> Corpus.emit(report.documents(), sink));
            LabelIndex.rebuild(s, FusekiConfig.forStore(store).labelIndex());
        }
        return store;
    }

    static synchronized ExampleServer get() {
        if (instance != null) return instance;
        try {
            Path dir = Files.createTempDirectory("chancery-examples");
            Path store = dir.resolve("store");
            Inputs in = Inputs.expand(List.of(Fixtures.root().resolve("examples").toString()));
            Corpus.Report report = new Corpus(Fixtures.mappings(), 20L << 20, 2).convert(in.files, null);
            if (!report.problems().isEmpty()) throw new AssertionError(report.problems().toString());
            try (Store s = Store.open(store)) {
                s.replaceGraphs(sink -> Corpus.emit(report.documents(), sink));
                LabelIndex.rebuild(s, FusekiConfig.forStore(store).labelIndex());
            }
            FusekiServer server = ChanceryServer.start(store, 0, true);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            instance = new ExampleServer(store, server);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://localhost:" + server.getHttpPort();
    }

    String sparql() {
        return base() + "/" + ChanceryServer.DATASET + "/sparql";
    }

    /** The dataset Fuseki serves (the store behind its label index), to query in-process. */
    DatasetGraph dataset() {
        return server.getDataAccessPointRegistry().get("/" + ChanceryServer.DATASET).getDataService().getDataset();
    }

    /** The rows of a SELECT run by Jena in this process on the served dataset. */
    List<Binding> rowsInProcess(Query query) {
        DatasetGraph dsg = dataset();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rows = exec.select();
                List<Binding> out = new ArrayList<>();
                // Each row rebuilt from its result variables: a binding's vars() can leave out
                // variables it does bind (ARQ, OPTIONALs run by substitution on this dataset).
                List<Var> vars = rows.getResultVars();
                rows.forEachRemaining(b -> {
                    BindingBuilder row = Binding.builder();
                    for (Var v : vars) if (b.get(v) != null) row.add(v, b.get(v));
                    out.add(row.build());
                });
                return out;
            }
        });
    }
}
