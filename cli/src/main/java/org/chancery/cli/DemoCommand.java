package org.chancery.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.mapping.Home;
import org.chancery.serve.FusekiConfig;
import org.chancery.store.LabelIndex;
import org.chancery.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chancery demo}: the sample corpus, converted, loaded and served. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Convert the bundled sample corpus (examples/), load it into a local TDB2 store, print what was found and serve it.")
final class DemoCommand implements Callable<Integer> {
    private static final String SUMMARY = """
            PREFIX dip: <https://w3id.org/chancery/ontology#>
            SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
              VALUES ?class { dip:Document dip:State dip:Official dip:Institution dip:Meeting dip:MeetingSeries dip:Resolution dip:Agreement dip:Place }
              ?x a ?class } GROUP BY ?class ORDER BY ?class""";

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "Where to build the store (default: target/demo-store in the project, else ~/.chancery/demo-store).")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Build and summarise the store, then stop.")
    boolean noServe;

    @Mixin
    ReadOptions read;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Path examples = examples();
        if (store == null) {
            store = Home.root() != null ? Home.root().resolve("target/demo-store") : Path.of(System.getProperty("user.home"), ".chancery", "demo-store");
        }
        out.printf("Converting the sample corpus in %s …%n", examples);
        Inputs in = Inputs.expand(List.of(examples.toString()));
        Corpus.Report report = read.corpus().convert(in.files, read.date);
        report.problems().forEach(p -> spec.commandLine().getErr().println("chancery: " + p));
        try (Store s = Store.open(store)) {
            LabelIndex.markBehind(s.dir());
            Store.LoadReport r = s.replaceGraphs(sink -> Corpus.emit(report.documents(), sink));
            LabelIndex.rebuild(s, FusekiConfig.forStore(store).labelIndex());
            out.printf("Loaded %d documents (%d words, %d quads) into %s%n", r.graphs(), report.words(), r.quads(), store.toAbsolutePath());
            s.read(() -> {
                var model = ModelFactory.createModelForGraph(s.dataset().getUnionGraph());
                try (QueryExecution qe = QueryExecution.model(model).query(SUMMARY).build()) {
                    qe.execSelect().forEachRemaining((QuerySolution row) ->
                            out.printf("  %-16s %5d%n", row.getResource("class").getLocalName(), row.getLiteral("n").getInt()));
                }
                return null;
            });
        }
        out.flush();
        if (noServe) return 0;
        FusekiServer server = ServeCommand.serve(store, port, true, null, out);
        out.printf("Explore the graph at http://localhost:%d/explore (e.g. http://localhost:%d/explore/state/JP).%n", server.getHttpPort(), server.getHttpPort());
        out.printf("Open http://localhost:%d/#/dataset/chancery/query and try `chancery query timeline --endpoint http://localhost:%d/chancery/sparql`.%n",
                server.getHttpPort(), server.getHttpPort());
        out.flush();
        server.join();
        return 0;
    }

    /** The project's examples/ folder, else the copy bundled in the jar. */
    static Path examples() throws IOException, URISyntaxException {
        Path onDisk = Home.folder("examples");
        if (onDisk != null) return onDisk;
        URL url = DemoCommand.class.getResource("/chancery/examples");
        if (url == null) throw new IOException("no bundled examples in the jar");
        URI uri = url.toURI();
        if (!uri.getScheme().equals("jar")) return Path.of(uri);
        try {
            return FileSystems.getFileSystem(uri).getPath("/chancery/examples");
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of()).getPath("/chancery/examples");
        }
    }
}
