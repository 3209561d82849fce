package org.chancery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.document.DocumentReader;
import org.chancery.graph.Dip;
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
        List<Quad> rdf = new ArrayList<>(); // not a transactional dataset: each add outside a transaction commits alone
        for (Path p : in.files) {
            if (Inputs.isRdf(p)) readRdf(p, rdf, problems);
            else texts.add(p);
        }
        long t0 = System.nanoTime();
        try (Store s = Store.open(store)) {
            Corpus.Report report = read.corpus().convert(texts, read.date, System.in, s.officials());
            problems.addAll(report.problems());
            Store.LoadReport r = s.replaceGraphs(sink -> {
                Corpus.emit(report.documents(), sink);
                rdf.forEach(sink::quad);
            });
            // The label index follows the store: text:query must find the names just loaded.
            long names = LabelIndex.rebuild(s, FusekiConfig.forStore(store).labelIndex());
            double secs = (System.nanoTime() - t0) / 1e9;
            err.printf("chancery: loaded %d graph(s), %d quad(s) into %s in %.2f s; %d name(s) indexed%n", r.graphs(), r.quads(), store, secs, names);
        } catch (Store.StoreException e) {
            problems.add(e.getMessage());
        }
        problems.forEach(p -> err.println("chancery: " + p));
        return problems.isEmpty() ? 0 : 1;
    }

    /** Parsed whole before anything is stored, so a malformed file adds nothing. */
    private static void readRdf(Path p, List<Quad> into, List<String> problems) {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        // From a stream, not a URI string: in a file name, '#' or '?' is no fragment or query.
        try (InputStream in = Files.newInputStream(p)) {
            RDFParser.source(in).lang(RDFLanguages.pathnameToLang(p.getFileName().toString())).base(p.toUri().toString()).parse(one);
        } catch (NoSuchFileException e) {
            problems.add(p + ": no such file");
            return;
        } catch (IOException e) {
            problems.add(p + ": cannot read (" + e.getMessage() + ")");
            return;
        } catch (RuntimeException e) {
            problems.add(p + ": not valid RDF (" + e.getMessage() + ")");
            return;
        }
        var graphName = NodeFactory.createURI(Dip.iri("document", DocumentReader.slug(p.toString())));
        one.find().forEachRemaining(q -> into.add(q.isDefaultGraph() ? Quad.create(graphName, q.asTriple()) : q));
    }
}
