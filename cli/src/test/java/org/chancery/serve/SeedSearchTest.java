package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.chancery.Fixtures;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.store.LabelIndex;
import org.chancery.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** text:query over the seed corpus of ../shared: a transliterated name finds its official under every spelling. */
class SeedSearchTest {
    @Test
    void namesAreFoundUnderEverySpelling(@TempDir Path dir) {
        Path seeds = Fixtures.root().resolveSibling("shared").resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared is not beside the project (a user's clone): the seed search is skipped");
        Path store = dir.resolve("store");
        Corpus.Report report = new Corpus(Fixtures.mappings(), 20L << 20, 2).convert(Inputs.expand(List.of(seeds.toString())).files, null);
        try (Store s = Store.open(store)) {
            s.replaceGraphs(sink -> Corpus.emit(report.documents(), sink));
            LabelIndex.rebuild(s, FusekiConfig.forStore(store).labelIndex());
        }
        FusekiServer server = ChanceryServer.start(store, 0, true);
        try {
            String endpoint = "http://localhost:" + server.getHttpPort() + "/chancery/sparql";
            String select = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?name WHERE { (?s ?score ?name) text:query ";
            List<QuerySolution> kazykhan = select(endpoint, select + "'Kazykhan' }");
            assertEquals(Set.of("https://w3id.org/chancery/id/official/erzhan-kazykhan"),
                    kazykhan.stream().map(r -> r.getResource("s").getURI()).collect(Collectors.toSet()));
            Set<String> names = kazykhan.stream().map(r -> r.getLiteral("name").getString()).collect(Collectors.toSet());
            assertTrue(names.containsAll(Set.of("Erzhan Kazykhan", "Yerzhan Kazykhan")), "the preferred name and the variant: " + names);
            assertTrue(select(endpoint, select + "'tokaiev' }").stream()
                    .anyMatch(r -> r.getResource("s").getURI().endsWith("/official/kassym-jomart-tokayev")), "Tokaïev, accent folded");
            List<QuerySolution> rights = select(endpoint, select + "('\"droits de l\\'homme\"' 'lang:fr') }");
            assertTrue(rights.stream().anyMatch(r -> r.getResource("s").getURI().endsWith("/institution/unhrc")), rights.toString());
            assertTrue(rights.stream().allMatch(r -> r.getLiteral("name").getString().toLowerCase().matches(".*droits de l['’]homme.*")), rights.toString());
        } finally {
            server.stop();
        }
    }

    private static List<QuerySolution> select(String endpoint, String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            return org.apache.jena.query.ResultSetFormatter.toList(qe.execSelect());
        }
    }
}
