package org.chancery.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.chancery.document.DocumentReader;
import org.chancery.store.OntologyFiles;
import org.chancery.store.ProtegeExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chancery export}: a store (or documents) as one RDF file, or as an ontology for Protégé. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a store's graph (the union of its documents, or one document's graph) as RDF, or, with --for protege, "
                + "as an OWL 2 DL ontology that Protégé opens and HermiT reasons over.",
                "With --for protege the ontology is imported: its copy (" + ExportCommand.ONTOLOGY_COPY + ") and a Protégé catalog "
                + "(catalog-v001.xml) are written beside FILE, so it opens offline. --merge writes one self-contained file instead."})
final class ExportCommand implements Callable<Integer> {
    static final String ONTOLOGY_COPY = "chancery-ontology.ttl";
    static final String CATALOG = "catalog-v001.xml";
    static final String EXPORT_NS = "https://w3id.org/chancery/export/";

    @Spec
    CommandSpec spec;

    @Option(names = "--for", paramLabel = "TOOL", description = "protege: an OWL 2 DL ontology for Protégé (default: plain RDF).")
    String tool;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store to export.")
    Path store;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Instead of a store: documents (converted together) or RDF files.")
    List<String> inputs = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write (default: standard output; required with --for protege).")
    Path output;

    @Option(names = {"-f", "--format"}, description = "ttl, trig, nq, jsonld or rdfxml (default: ttl; with --for protege rdfxml or ttl, default rdfxml).")
    String format;

    @Option(names = "--graph", paramLabel = "DOCUMENT-IRI", description = "Export only this document's graph.")
    String graph;

    @Option(names = "--merge", description = "With --for protege: copy the ontology's axioms in rather than import it.")
    boolean merge;

    @Mixin
    ReadOptions read;

    @Override
    public Integer call() throws Exception {
        boolean protege = tool != null;
        if (protege && !tool.toLowerCase(Locale.ROOT).equals("protege")) throw usage("unknown tool '" + tool + "' (use --for protege)");
        if ((store == null) == inputs.isEmpty()) throw usage("give either --store DIR or INPUT documents, not both or neither");
        if (merge && !protege) throw usage("--merge goes with --for protege");
        if (protege && output == null) throw usage("--for protege needs -o FILE (the ontology copy and catalog are written beside it)");
        if (protege && output.getFileName().toString().equals(ONTOLOGY_COPY)) throw usage(ONTOLOGY_COPY + " is the name of the ontology copy; choose another FILE");
        RDFFormat f;
        try {
            f = Output.format(format != null ? format : protege ? "rdfxml" : "ttl");
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (protege && !(f.getLang().equals(Lang.RDFXML) || f.getLang().equals(Lang.TURTLE))) throw usage("--for protege writes rdfxml or ttl");
        Node only = graph == null ? null : NodeFactory.createURI(graph);
        var err = spec.commandLine().getErr();

        Sources sources = new Sources();
        DatasetGraph selected = sources.apply(store, inputs, read, err, dsg -> select(dsg, only));
        if (selected == null) {
            err.println("chancery: " + (store != null ? store : "the inputs") + ": no graph <" + graph + "> (a document's IRI is https://w3id.org/chancery/id/document/{slug})");
            return 1;
        }
        int exit = sources.problems.isEmpty() ? 0 : 1;
        if (protege) {
            exit = Math.max(exit, protege(selected, f));
        } else if (output == null) {
            write(selected, f, counted(System.out));
            System.out.flush();
        } else {
            Output.atomically(output, out -> write(selected, f, counted(out)));
        }
        return exit;
    }

    /** The output, its bytes counted for the progress line (the writers give no count of quads). */
    private OutputStream counted(OutputStream out) {
        org.chancery.corpus.Progress progress = read.progress();
        return new java.io.FilterOutputStream(out) {
            long bytes, told;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                tell(1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                tell(len);
            }

            private void tell(int n) {
                bytes += n;
                if (bytes - told >= 1 << 20) {
                    told = bytes;
                    progress.count("writing", bytes >> 20, -1, "MiB");
                }
            }
        };
    }

    private int protege(DatasetGraph dsg, RDFFormat f) throws IOException {
        var err = spec.commandLine().getErr();
        ProtegeExport.Result r = new ProtegeExport(OntologyFiles.ontology())
                .export(union(dsg), EXPORT_NS + DocumentReader.slug(output.getFileName().toString()), merge);
        Output.atomically(output, out -> RDFDataMgr.write(out, r.graph(), f));
        if (!merge) {
            Path dir = output.toAbsolutePath().getParent();
            Output.atomically(dir.resolve(ONTOLOGY_COPY), out -> out.write(OntologyFiles.bytes(OntologyFiles.ONTOLOGY)));
            writeCatalog(dir.resolve(CATALOG));
        }
        r.problems().forEach(p -> err.println("chancery: " + p));
        err.printf("chancery: wrote %s: %d individual(s), %d class(es), %d propert%s, %d date(s) as strings%s%n", output, r.individuals(),
                r.classes(), r.properties(), r.properties() == 1 ? "y" : "ies", r.literalsRewritten(),
                merge ? " (ontology merged in)" : " (imports " + OntologyFiles.ONTOLOGY_IRI + ", resolved by " + CATALOG + " to " + ONTOLOGY_COPY + ")");
        return r.problems().isEmpty() ? 0 : 1;
    }

    /**
     * Protégé resolves imports through the catalog of the opened file's folder. A catalog the user
     * already has keeps its entries: the ontology's mapping is added to it.
     */
    private void writeCatalog(Path catalog) throws IOException {
        String entry = "  <uri id=\"Chancery ontology\" name=\"" + OntologyFiles.ONTOLOGY_IRI + "\" uri=\"" + ONTOLOGY_COPY + "\"/>\n";
        String text;
        if (Files.isRegularFile(catalog)) {
            String old = Files.readString(catalog, StandardCharsets.UTF_8);
            if (old.contains("name=\"" + OntologyFiles.ONTOLOGY_IRI + "\"")) return;
            int end = old.lastIndexOf("</catalog>");
            if (end < 0) {
                spec.commandLine().getErr().println("chancery: " + catalog + ": not a catalog Chancery can extend; map "
                        + OntologyFiles.ONTOLOGY_IRI + " to " + ONTOLOGY_COPY + " in it, or export with --merge");
                return;
            }
            text = old.substring(0, end) + entry + old.substring(end);
        } else {
            text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                    + "<catalog prefer=\"public\" xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n" + entry + "</catalog>\n";
        }
        Output.atomically(catalog, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The dataset's named graphs in memory (all, or the one asked for); null when that one is missing. */
    static DatasetGraph select(DatasetGraph dsg, Node only) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        if (only != null) {
            if (!dsg.containsGraph(only) || dsg.getGraph(only).isEmpty()) return null;
            copy(dsg.getGraph(only), out.getGraph(only));
            return out;
        }
        dsg.listGraphNodes().forEachRemaining(g -> copy(dsg.getGraph(g), out.getGraph(g)));
        copy(dsg.getDefaultGraph(), out.getDefaultGraph());
        return out;
    }

    private static void copy(Graph from, Graph to) {
        from.find().forEachRemaining(to::add);
    }

    static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    /** Named graphs for TriG and N-Quads, their union for the triple formats, as convert writes them. */
    static void write(DatasetGraph dsg, RDFFormat f, OutputStream out) {
        if (Output.isQuads(f)) {
            dsg.prefixes().putAll(Output.PREFIXES);
            RDFDataMgr.write(out, dsg, f);
        } else {
            Graph g = union(dsg);
            g.getPrefixMapping().setNsPrefixes(Output.PREFIXES);
            RDFDataMgr.write(out, g, f);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
