package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.chancery.Fixtures;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.store.LabelIndex;
import org.chancery.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer on the seed documents of ../shared (skipped, saying so, where ../shared is absent):
 * Kazakhstan's page shows its officials and a meeting of 2024 in its timeline, in time order, and
 * the search finds Kazykhan from "kazyk".
 */
class SeedExplorerTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void kazakhstanHasItsOfficialsAndIts2024MeetingsAndTheSearchFindsKazykhan(@TempDir Path dir) throws Exception {
        Path seeds = Fixtures.root().resolveSibling("shared").resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared is not beside the project: the explorer is not tried on the seeds");
        Corpus.Report report = new Corpus(Fixtures.mappings(), 20L << 20, 2).convert(Inputs.expand(List.of(seeds.toString())).files, null);
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            s.replaceGraphs(sink -> Corpus.emit(report.documents(), sink));
            LabelIndex.rebuild(s, FusekiConfig.forStore(store).labelIndex());
        }
        FusekiServer server = ChanceryServer.start(store, 0, true);
        try {
            String base = "http://localhost:" + server.getHttpPort();
            String kz = get(base + "/explore/state/KZ");
            assertTrue(kz.contains("Kazykhan") && kz.contains("Officials"), "Kazakhstan's officials");
            assertTrue(kz.contains("class=\"tick year\"") && kz.contains("<title>2024: "), "a bar for 2024 on the timeline, with year ticks");
            Matcher dates = Pattern.compile("<li><time>([^<]*)</time> <span class=\"badge\">([a-z ]+)</span>").matcher(kz);
            String previous = "";
            boolean in2024 = false;
            while (dates.find()) {
                String d = dates.group(1);
                assertTrue(previous.compareTo(d) <= 0, d + " listed after " + previous);
                previous = d;
                in2024 |= d.startsWith("2024") && dates.group(2).equals("meeting");
            }
            assertTrue(in2024, "a meeting of 2024 among Kazakhstan's events");
            String found = get(base + "/explore?q=kazyk");
            assertTrue(found.contains("Kazykhan") && found.contains("href=\"/explore/official/"), "the search finds Kazykhan");
        } finally {
            ChanceryServer.stop(server);
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }
}
