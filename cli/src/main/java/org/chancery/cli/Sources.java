package org.chancery.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.document.DocumentReader;
import org.chancery.graph.Dip;
import org.chancery.store.Store;

/**
 * The graph a reading command (export, validate) works on: a store, or the inputs named on the
 * command line — documents converted together and RDF files read as they are, each into its
 * own named graph, as {@code load} would store them.
 */
final class Sources {
    final List<String> problems = new ArrayList<>();

    /** Runs the action over the store (in a read transaction) or over the inputs, converted in memory. */
    <T> T apply(Path store, List<String> inputs, ReadOptions read, PrintWriter err, Function<DatasetGraph, T> action) {
        if (store != null) {
            if (!Files.isDirectory(store)) {
                throw new Store.StoreException(store + ": no such store (create one with `chancery load --store " + store + " …`)");
            }
            try (Store s = Store.open(store)) {
                return s.read(() -> action.apply(s.dataset()));
            }
        }
        Inputs in = Inputs.expand(inputs);
        problems.addAll(in.problems);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Path> texts = new ArrayList<>();
        for (Path p : in.files) {
            if (Inputs.isRdf(p)) readRdf(p, dsg, problems);
            else texts.add(p);
        }
        if (!texts.isEmpty()) {
            Corpus.Report report = read.corpus().convert(texts, read.date, System.in);
            problems.addAll(report.problems());
            Corpus.emit(report.documents(), StreamRDFLib.dataset(dsg));
        }
        problems.forEach(p -> err.println("chancery: " + p));
        return action.apply(dsg);
    }

    /**
     * Adds an RDF file to the dataset: its named graphs as they are, its default graph under the
     * document IRI its file name gives. A file that does not parse adds nothing and is reported.
     */
    static void readRdf(Path p, DatasetGraph into, List<String> problems) {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        // From a stream, not a URI string: in a file name, '#' or '?' is no fragment or query.
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
            org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.RDFLanguages.pathnameToLang(p.getFileName().toString()))
                    .base(p.toUri().toString()).parse(one);
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(p + ": no such file");
            return;
        } catch (java.io.IOException e) {
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
