package org.chancery.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Resource;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.document.BadInputException;
import org.chancery.serve.FusekiConfig;
import org.chancery.store.Phases;
import org.chancery.store.RdfFile;
import org.chancery.store.RemotePush;
import org.chancery.store.RemoteStore;
import org.chancery.store.Store;
import org.chancery.store.StoreLoad;
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
                Resource labels = FusekiConfig.forStore(target.store).labelIndex();
                org.chancery.corpus.Progress progress = read.progress();
                StoreLoad.Result r = new StoreLoad(s, mode, labels)
                        .counting((done, total) -> progress.count("storing", done, total, "quads"))
                        .run(sink -> Corpus.emit(report.documents(), sink), rdf);
                problems.addAll(r.problems());
                if (r.loaded()) {
                    double secs = (System.nanoTime() - t0) / 1e9;
                    err.printf("chancery: loaded %d graph(s), %d quad(s) into %s in %.2f s%s; %d name(s) indexed%n", r.report().graphs(),
                            r.report().quads(), target.store, secs, r.report().bulk() ? " (bulk loader)" : "", r.indexed());
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

    private Corpus.Report convert(List<Path> texts, List<Store.StoredOfficial> known) {
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
        // Each graph goes as soon as it is made: a document's once it is resolved, a file's as it is read.
        RemotePush push = new RemotePush(remote);
        long t0 = System.nanoTime();
        if (!texts.isEmpty()) {
            Corpus.Report report = read.corpus().convert(texts, read.date, System.in, List.of(), Corpus.Delivery.IN_ORDER, push::send);
            problems.addAll(report.problems());
        }
        for (RdfFile f : rdf) push.send(f);
        RemotePush.Result r = push.finish();
        problems.addAll(r.problems());
        err.printf("chancery: sent %d graph(s), %d triple(s) to %s in %.2f s%n", r.graphs(), r.triples(), target.endpoint, (System.nanoTime() - t0) / 1e9);
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
