package org.chancery.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.corpus.RdfFile;
import org.chancery.document.BadInputException;
import org.chancery.graph.ResolvedDocument;
import org.chancery.resolve.PersonClusters;
import org.chancery.store.RemoteStore;
import org.chancery.serve.FusekiConfig;
import org.chancery.store.LabelIndex;
import org.chancery.store.Phases;
import org.chancery.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery load}: documents or RDF into a TDB2 store, or through a server, one named graph per document. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load documents (converted on the way) or RDF files into a TDB2 store, one named graph per document. "
                + "A document loaded again replaces its graph; entities meet across documents by IRI.",
                "Into a store (--store), the load is all or nothing: every document lands, or (a bad file aside, which is "
                        + "reported and left out) the store stays as it was, even if the process is killed. Large inputs "
                        + "(from " + Store.BULK_MIN_QUADS + " quads, when the store holds fewer) go through TDB2's bulk loader.",
                "While `chancery serve` has the store open, load through it instead: --endpoint, its graph store URL "
                        + "(the server started with --allow-update). Each document's graph is then sent with an HTTP PUT: "
                        + "each lands whole or not at all."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store folder (created if missing).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "A server's SPARQL Graph Store Protocol endpoint, e.g. http://localhost:3030/chancery/data")
        String endpoint;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--user", paramLabel = "U", description = "The user to write as, with --endpoint.")
    String user;

    @Option(names = "--password-file", paramLabel = "F",
            description = "A file whose first line is that user's password (a file keeps it out of the command line and the shell history).")
    Path passwordFile;

    @Option(names = "--loader", paramLabel = "auto|transaction|bulk", defaultValue = "auto",
            description = "How to write into --store: one transaction, TDB2's bulk loader, or auto (default): bulk for large inputs.")
    String loader;

    @Mixin
    ReadOptions read;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders: text, HTML, Markdown, or RDF (.ttl .nq .trig .nt .jsonld .rdf).")
    List<String> inputs;

    @Override
    public Integer call() {
        Phases.mark("start JVM");
        Store.Loader mode = checkOptions();
        PrintWriter err = spec.commandLine().getErr();
        Inputs in = Inputs.expand(inputs);
        List<String> problems = new ArrayList<>(in.problems);
        List<Path> texts = new ArrayList<>();
        List<RdfFile> rdf = new ArrayList<>();
        for (Path p : in.files) {
            if (!Inputs.isRdf(p)) {
                texts.add(p);
                continue;
            }
            try {
                // Into a store, a file is parsed once, as it is loaded; through a server, checked first.
                rdf.add(target.endpoint == null ? RdfFile.unchecked(p) : RdfFile.check(p));
            } catch (BadInputException e) {
                problems.add(e.getMessage());
            }
        }
        Phases.mark("inputs");
        long t0 = System.nanoTime();
        if (target.endpoint != null) {
            loadThroughServer(texts, rdf, problems, err);
        } else {
            try (Store s = Store.open(target.store)) {
                Corpus.Report report = convert(texts, texts.isEmpty() ? List.of() : s.officials());
                problems.addAll(report.problems());
                Set<Node> graphs = new HashSet<>();
                long[] quads = {0};
                Corpus.emit(report.documents(), new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        graphs.add(q.getGraph());
                        quads[0]++;
                    }
                });
                if (!graphs.isEmpty() || !rdf.isEmpty()) {
                    Resource labels = FusekiConfig.forStore(target.store).labelIndex();
                    LabelIndex.Names names = new LabelIndex.Names(labels);
                    Store.LoadReport r;
                    try {
                        r = store(s, graphs, quads[0], report, rdf, mode, names, read.progress());
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
                        names = new LabelIndex.Names(labels);
                        r = graphs.isEmpty() && good.isEmpty() ? null : store(s, graphs, quads[0], report, good, mode, names, read.progress());
                    }
                    if (r != null && r.quads() > 0) {
                        // The label index follows the store: text:query must find the names just loaded.
                        // A bulk load has seen every name the store now holds; else the store is read.
                        long indexed = r.bulk() ? LabelIndex.rebuild(names, labels) : LabelIndex.rebuild(s, labels);
                        Phases.mark("label index");
                        double secs = (System.nanoTime() - t0) / 1e9;
                        err.printf("chancery: loaded %d graph(s), %d quad(s) into %s in %.2f s%s; %d name(s) indexed%n", r.graphs(), r.quads(),
                                target.store, secs, r.bulk() ? " (bulk loader)" : "", indexed);
                    } else {
                        err.printf("chancery: nothing to load into %s%n", target.store);
                    }
                } else {
                    err.printf("chancery: nothing to load into %s%n", target.store);
                }
            } catch (Store.StoreException e) {
                problems.add(e.getMessage());
            }
        }
        problems.forEach(p -> err.println("chancery: " + p));
        return problems.isEmpty() ? 0 : 1;
    }

    /** The documents' graphs and the RDF files into the store, in one load; {@code quads}: the documents' quads. */
    private static Store.LoadReport store(Store s, Set<Node> graphs, long quads, Corpus.Report report, List<RdfFile> rdf, Store.Loader mode,
            LabelIndex.Names names, org.chancery.corpus.Progress progress) {
        long size = quads;
        for (RdfFile f : rdf) {
            graphs.addAll(f.graphs());
            size += f.quads();
        }
        return s.load(graphs, size, mode, sink -> {
            Corpus.emit(report.documents(), sink);
            for (RdfFile f : rdf) f.send(sink);
        }, counted(names, size, progress));
    }

    /**
     * The quads as the bulk loader stores them, counted for the progress line every 4,096 (it also
     * passes what the store kept, so the count may pass the input's size: shown without a total then).
     */
    private static java.util.function.Consumer<Quad> counted(LabelIndex.Names names, long total, org.chancery.corpus.Progress progress) {
        long[] n = {0};
        return q -> {
            names.accept(q);
            if ((++n[0] & 4095) == 0) progress.count("storing", n[0], n[0] <= total ? total : -1, "quads");
        };
    }

    /** Option combinations picocli cannot express; a wrong one is a usage error (exit 2). */
    private Store.Loader checkOptions() {
        if (target.endpoint == null && (user != null || passwordFile != null)) {
            throw new ParameterException(spec.commandLine(), "--user and --password-file go with --endpoint");
        }
        if ((user == null) != (passwordFile == null)) {
            throw new ParameterException(spec.commandLine(), "--user and --password-file go together");
        }
        try {
            Store.Loader mode = Store.Loader.valueOf(loader.toUpperCase(Locale.ROOT));
            if (target.endpoint != null && mode != Store.Loader.AUTO) {
                throw new ParameterException(spec.commandLine(), "--loader applies to --store, not --endpoint");
            }
            return mode;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--loader: unknown loader '" + loader + "' (use auto, transaction or bulk)");
        }
    }

    private Corpus.Report convert(List<Path> texts, List<PersonClusters.KnownPerson> known) {
        // RDF alone needs no mappings: loading them would only slow a large load down.
        if (texts.isEmpty()) return new Corpus.Report(List.of(), List.of(), 0, 0);
        return read.corpus().convert(texts, read.date, System.in, known);
    }

    private void loadThroughServer(List<Path> texts, List<RdfFile> rdf, List<String> problems, PrintWriter err) {
        RemoteStore remote;
        try {
            remote = RemoteStore.connect(target.endpoint, user, user == null ? null : password());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (user != null && remote.exposesCredentials()) {
            err.println("chancery: warning: " + target.endpoint + " is plain http: the password crosses the network unencrypted");
        }
        Corpus.Report report = convert(texts, List.of());
        problems.addAll(report.problems());
        // Each document's graph, with the file it came from, to name it if the server refuses it.
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        Map<Node, String> sources = new LinkedHashMap<>();
        StreamRDF collect = new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                graphs.computeIfAbsent(q.getGraph(), g -> GraphFactory.createDefaultGraph()).add(q.asTriple());
            }
        };
        Corpus.emit(report.documents(), collect);
        for (ResolvedDocument d : report.documents()) sources.put(d.iri, d.reading.document.source());
        for (RdfFile f : rdf) {
            f.send(collect);
            for (Node g : f.graphs()) sources.putIfAbsent(g, f.path().toString());
        }
        int sent = 0;
        long quads = 0;
        long t0 = System.nanoTime();
        List<Node> order = new ArrayList<>(graphs.keySet());
        for (int i = 0; i < order.size(); i++) {
            Node g = order.get(i);
            try {
                remote.put(g, graphs.get(g));
                sent++;
                quads += graphs.get(g).size();
            } catch (RemoteStore.RemoteException e) {
                if (e.everyGraph()) {
                    problems.add(e.getMessage() + ". Not sent: " + (order.size() - i) + " graph(s).");
                    break;
                }
                problems.add(sources.get(g) + ": the server refused graph <" + g.getURI() + "> (" + e.getMessage() + ")");
            }
        }
        err.printf("chancery: sent %d graph(s), %d triple(s) to %s in %.2f s%n", sent, quads, target.endpoint, (System.nanoTime() - t0) / 1e9);
    }

    private String password() {
        try {
            List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--password-file: " + passwordFile + " is empty (its first line is the password)");
            }
            return lines.get(0);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--password-file: cannot read " + passwordFile + " (" + e.getMessage() + ")");
        }
    }
}
