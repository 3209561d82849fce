package org.chancery.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.serve.FusekiConfig;
import org.chancery.store.LabelIndex;
import org.chancery.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chancery load}: documents or RDF into a TDB2 store, one named graph per document. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load documents (converted on the way) or RDF files into a TDB2 store, one named graph per document. "
                + "A document loaded again replaces its graph. The load is one transaction: it all lands, or nothing does.")
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (created if missing).")
    Path store;

    @Mixin
    ReadOptions read;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders: text, HTML, Markdown, or RDF (.ttl .nq .trig .nt .jsonld .rdf).")
    List<String> inputs;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Inputs in = Inputs.expand(inputs);
        List<String> problems = new ArrayList<>(in.problems);
        List<Path> texts = new ArrayList<>();
        DatasetGraph rdf = DatasetGraphFactory.createTxnMem();
        for (Path p : in.files) {
            if (!Inputs.isRdf(p)) {
                texts.add(p);
                continue;
            }
            // Parsed whole before anything is stored: a malformed file adds nothing.
            Sources.readRdf(p, rdf, problems);
        }
        long t0 = System.nanoTime();
        try (Store s = Store.open(store)) {
            Corpus.Report report = read.corpus().convert(texts, read.date, System.in, s.officials());
            problems.addAll(report.problems());
            Store.LoadReport r = s.replaceGraphs(sink -> {
                Corpus.emit(report.documents(), sink);
                rdf.find().forEachRemaining(sink::quad);
            });
            // The label index follows the store: text:query must find the names just loaded.
            long names = LabelIndex.rebuild(s, FusekiConfig.forStore(store).labelIndex());
            double secs = (System.nanoTime() - t0) / 1e9;
            err.printf("chancery: loaded %d graph(s), %d quad(s) into %s in %.2f s; %d name(s) indexed%n", r.graphs(), r.quads(), store, secs, names);
        }
        problems.forEach(p -> err.println("chancery: " + p));
        return problems.isEmpty() ? 0 : 1;
    }
}
