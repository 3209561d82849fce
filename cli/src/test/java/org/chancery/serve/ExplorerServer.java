package org.chancery.serve;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.chancery.Fixtures;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.store.LabelIndex;
import org.chancery.store.Store;

/**
 * A store for the explorer's tests: examples/, a document written here whose text carries markup
 * and script, and a graph written here by hand whose names and sentences are hostile (a script
 * tag, quotes, an image with an onerror handler, a javascript: link) — served on a free port, once
 * per run (its own store, beside {@link ExampleServer}'s).
 */
final class ExplorerServer {
    static final String HOSTILE_NAME = "<script>alert(\"name\")</script> O'Hara \"the Quoted\"";
    static final String HOSTILE_SENTENCE = "Dana O'Hara met envoys <img src=x onerror=alert(1)> and <a href=\"javascript:alert(2)\">a link</a> <script>alert(3)</script>.";
    static final String HOSTILE_TEXT = """
            Envoys meet in a test town

            On 4 March 2024 the foreign minister of India, Ravi Testwala <script>alert('doc')</script>, met the foreign minister of Japan <img src=x onerror=alert('img')> in New Delhi, said <a href="javascript:alert('js')">the ministry</a>.
            """;
    private static ExplorerServer instance;
    final FusekiServer server;

    private ExplorerServer(FusekiServer server) {
        this.server = server;
    }

    static synchronized ExplorerServer get() {
        if (instance != null) return instance;
        try {
            Path dir = Files.createTempDirectory("chancery-explorer");
            Path hostile = dir.resolve("docs/hostile-markup.txt");
            Files.createDirectories(hostile.getParent());
            Files.writeString(hostile, HOSTILE_TEXT, StandardCharsets.UTF_8);
            List<Path> files = new ArrayList<>(Inputs.expand(List.of(Fixtures.root().resolve("examples").toString())).files);
            files.add(hostile);
            Corpus.Report report = new Corpus(Fixtures.mappings(), 20L << 20, 2).convert(files, null);
            if (!report.problems().isEmpty()) throw new AssertionError(report.problems().toString());
            Path store = dir.resolve("store");
            try (Store s = Store.open(store)) {
                s.replaceGraphs(sink -> {
                    Corpus.emit(report.documents(), sink);
                    RDFParser.create().source(new StringReader(hostileGraph())).lang(Lang.TRIG).parse(sink);
                });
                LabelIndex.rebuild(s, FusekiConfig.forStore(store).labelIndex());
            }
            FusekiServer server = ChanceryServer.start(store, 0, true);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            instance = new ExplorerServer(server);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An official and a document written by hand, named and quoted with markup. */
    private static String hostileGraph() {
        String name = HOSTILE_NAME.replace("\\", "\\\\").replace("\"", "\\\"");
        String sentence = HOSTILE_SENTENCE.replace("\\", "\\\\").replace("\"", "\\\"");
        return """
                @prefix dip: <https://w3id.org/chancery/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix id: <https://w3id.org/chancery/id/> .
                <https://w3id.org/chancery/id/document/hostile-hand-ttl> {
                  <https://w3id.org/chancery/id/document/hostile-hand-ttl> a dip:Document ; dcterms:source "hostile \\"hand\\" <b>.ttl" ;
                      dcterms:language "en" ; dcterms:title "NAME" .
                  <https://w3id.org/chancery/id/official/hostile> a dip:Official ; rdfs:label "NAME"@en ; skos:altLabel "D. O'Hara <i>"@en ;
                      dip:title "envoy \\"at large\\" <b>"@en ; dip:represents <https://w3id.org/chancery/id/state/IN> ;
                      prov:wasDerivedFrom <https://w3id.org/chancery/id/document/hostile-hand-ttl> .
                  <https://w3id.org/chancery/id/state/IN> a dip:State ; prov:wasDerivedFrom <https://w3id.org/chancery/id/document/hostile-hand-ttl> .
                  <https://w3id.org/chancery/id/evidence/hostile-1> a dip:Evidence ; dip:factSubject <https://w3id.org/chancery/id/official/hostile> ;
                      dip:factProperty "https://w3id.org/chancery/ontology#represents"^^xsd:anyURI ; dip:factObject <https://w3id.org/chancery/id/state/IN> ;
                      dip:sentence "SENTENCE" ; dip:sentenceIndex 0 ; dip:startOffset 7 ; dip:endOffset 90 ;
                      prov:wasDerivedFrom <https://w3id.org/chancery/id/document/hostile-hand-ttl> .
                }
                """.replace("NAME", name).replace("SENTENCE", sentence);
    }

    String base() {
        return "http://localhost:" + server.getHttpPort();
    }
}
