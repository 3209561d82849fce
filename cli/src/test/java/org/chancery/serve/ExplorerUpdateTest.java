package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer keeps its whole-store figures (counts per class, the network's pairs) per
 * generation of the store: under {@code --allow-update} a write must show on the next page, not
 * the figures computed before it.
 */
class ExplorerUpdateTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern STATES = Pattern.compile("<th>States</th><td class=\"num\">(\\d+)</td>");

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int states(String base) throws Exception {
        Matcher m = STATES.matcher(get(base + "/explore"));
        assertTrue(m.find(), "the home page counts states");
        return Integer.parseInt(m.group(1));
    }

    private static void update(String base, String update) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/chancery/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8))).build();
        assertEquals(200, HTTP.send(r, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aWriteChangesTheFiguresThePagesKept(@TempDir Path dir) throws Exception {
        Path store = ExampleServer.oneDocumentStore(dir.resolve("store"));
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "editor: s3cret\n");
        FusekiServer server = ChanceryServer.start(store, 0, true, UpdateAccess.fromPasswordFile(passwords));
        try {
            String base = "http://localhost:" + server.getHttpPort();
            int before = states(base);
            assertEquals(before, states(base), "asked twice without a write, the same figure");
            String network = get(base + "/explore/network");
            assertFalse(network.contains("/explore/state/QX"), "no such state yet");
            String since2019 = get(base + "/explore/network?from=2019");
            assertEquals(404, status(base + "/explore/state/QX"), "no page for a state not yet written");
            update(base, """
                    PREFIX dip: <https://w3id.org/chancery/ontology#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                    INSERT DATA { GRAPH <urn:example:added> {
                      <https://w3id.org/chancery/id/state/QX> a dip:State ; rdfs:label "Qexland"@en .
                      <https://w3id.org/chancery/id/state/QY> a dip:State ; rdfs:label "Qeyland"@en .
                      <https://w3id.org/chancery/id/meeting/added-1> a dip:Meeting ; dip:date "2021-05-04"^^xsd:date ;
                          dip:participant <https://w3id.org/chancery/id/state/QX>, <https://w3id.org/chancery/id/state/QY> .
                    } }""");
            assertEquals(before + 2, states(base), "the home page counts the two states written");
            String page = get(base + "/explore/state/QX");
            assertTrue(page.contains("Qexland") && page.contains("/explore/state/QY"), "its page, with its counterpart");
            assertTrue(get(base + "/explore/network").contains("/explore/state/QX"), "the network shows the meeting written");
            String after2019 = get(base + "/explore/network?from=2019");
            assertTrue(after2019.contains("Qexland") && !since2019.contains("Qexland"), "a year range drawn before the write is drawn again");
            assertFalse(get(base + "/explore/network?to=2020").contains("Qexland"), "a 2021 meeting stays out of the years to 2020");
            update(base, "DROP GRAPH <urn:example:added>");
            assertEquals(before, states(base), "and a write that removes them takes them out again");
            assertFalse(get(base + "/explore/network").contains("/explore/state/QX"));
            assertEquals(404, status(base + "/explore/state/QX"), "a page kept before the write is not served after it");
        } finally {
            ChanceryServer.stop(server);
        }
    }
}
