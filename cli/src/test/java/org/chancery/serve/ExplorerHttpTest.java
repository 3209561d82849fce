package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The explorer's pages and the individuals' IRIs over HTTP, on examples/ and a hostile graph (see {@link ExplorerServer}). */
class ExplorerHttpTest {
    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @BeforeAll
    static void serve() {
        base = ExplorerServer.get().base();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String page(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"), path + ": CSP " + csp);
        assertNoActiveMarkupFromData(path, r.body());
        return r.body();
    }

    /** The only markup on a page is the explorer's own: no script, no image, no event handler, no javascript: URL. */
    static void assertNoActiveMarkupFromData(String path, String html) {
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), path + " has a script element");
        assertFalse(lower.contains("<img"), path + " has an image element");
        assertFalse(Pattern.compile("<[^>]*\\son[a-z]+=").matcher(lower).find(), path + " has an event handler attribute");
        assertFalse(lower.contains("href=\"javascript:"), path + " has a javascript: link");
        assertFalse(lower.contains("style=\""), path + " has an inline style, which the CSP forbids");
    }

    @Test
    void homeCountsClassesListsMeetingsAndSearchesNamesByPrefix() throws Exception {
        String home = page("/explore");
        assertTrue(home.contains("States") && home.contains("Meetings") && home.contains("Documents"), "counts per class");
        assertTrue(home.contains("Latest meetings") && home.contains("href=\"/explore/meeting/"), "latest meetings link to their pages");
        String found = page("/explore?q=" + URLEncoder.encode("jaishan", StandardCharsets.UTF_8));
        assertTrue(found.contains("Jaishankar") && found.contains("href=\"/explore/official/"), "a prefix finds the official");
        String hostile = page("/explore?q=" + URLEncoder.encode("<script>\"ohara", StandardCharsets.UTF_8));
        assertTrue(hostile.contains("&lt;script&gt;&quot;ohara"), "the query is shown escaped");
    }

    @Test
    void statePageDrawsItsYearsAndListsOfficialsAndCounterparts() throws Exception {
        String india = page("/explore/state/IN");
        assertTrue(india.contains("<svg class=\"timeline\""), "a timeline chart");
        assertTrue(india.contains("class=\"tick year\""), "with year ticks");
        assertTrue(india.contains("Jaishankar"), "its officials");
        assertTrue(india.contains("Counterparts") && india.contains("href=\"/explore/state/US\""), "the United States as a counterpart");
        assertTrue(india.contains("href=\"https://www.wikidata.org/wiki/Q668\""), "India's Wikidata entity");
    }

    @Test
    void namesAndSentencesWithMarkupAreEscaped() throws Exception {
        String official = page("/explore/official/hostile");
        assertTrue(official.contains(Page.escape(ExplorerServer.HOSTILE_NAME)), "the name, escaped");
        assertTrue(official.contains("&lt;img src=x onerror=alert(1)&gt;"), "the sentence, escaped");
        assertTrue(official.contains("envoy &quot;at large&quot; &lt;b&gt;"), "the title, escaped");
        assertTrue(official.contains("href=\"/explore/document/hostile-hand-ttl#at-7\""), "the evidence links to its sentence");
        String document = page("/explore/document/hostile-hand-ttl");
        assertTrue(document.contains("id=\"at-7\""), "the sentence is anchored for highlighting");
        // The converted document whose text holds a script, an image and a javascript: link.
        String search = page("/explore?q=testwala");
        Matcher m = Pattern.compile("href=\"(/explore/document/hostile-markup[^\"#]*)").matcher(page("/explore/state/IN"));
        if (m.find()) page(m.group(1));
        page("/explore/document/hostile-markup-txt");
        assertTrue(search.contains("Search") , "the search page renders");
    }

    @Test
    void everyLinkOfThePagesResolves() throws Exception {
        Deque<String> todo = new ArrayDeque<>(List.of("/explore", "/explore/state/IN", "/explore/network", "/explore/official/hostile"));
        Set<String> seen = new LinkedHashSet<>(todo);
        int checked = 0;
        while (!todo.isEmpty() && checked < 120) {
            String path = todo.poll();
            String html = page(path);
            checked++;
            Matcher m = HREF.matcher(html);
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                if (!href.startsWith("/explore") || href.startsWith("/explore/assets/")) continue;
                String target = href.replaceFirst("#.*$", "");
                if (seen.add(target)) todo.add(target);
            }
        }
        assertTrue(checked >= 20, "links followed: " + checked);
        assertEquals(200, get("/explore/assets/explore.css", null).statusCode());
    }

    @Test
    void seriesNetworkAndUnknownPages() throws Exception {
        String network = page("/explore/network?from=2000&to=2100");
        assertTrue(network.contains("<svg class=\"network\"") && network.contains("href=\"/explore/state/IN\""), "states link to their pages");
        String none = page("/explore/network?from=1800&to=1801");
        assertTrue(none.contains("No meeting"), "no meeting in 1800");
        Matcher series = Pattern.compile("href=\"(/explore/series/[^\"]+)\"").matcher(page("/explore/meeting/" + firstMeetingWithSeries()));
        assertTrue(series.find(), "a meeting of a series links to it");
        String seriesPage = page(series.group(1));
        assertTrue(seriesPage.contains("Editions"), "its editions");
        assertEquals(404, get("/explore/state/ZZ", "text/html").statusCode());
        assertEquals(404, get("/explore/nothing/here", "text/html").statusCode());
    }

    private static String firstMeetingWithSeries() throws Exception {
        // Through the canned query, as a user would.
        HttpResponse<String> r = get("/chancery/queries/series", "text/csv");
        for (String line : r.body().split("\r?\n")) {
            int at = line.indexOf("https://w3id.org/chancery/id/meeting/");
            if (at >= 0) return line.substring(at + "https://w3id.org/chancery/id/meeting/".length()).split("[,\\s]")[0];
        }
        throw new AssertionError("no meeting of a series in examples/");
    }

    @Test
    void individualsDereferenceWithContentNegotiation() throws Exception {
        HttpResponse<String> html = get("/id/state/IN", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, html.statusCode());
        assertEquals("/explore/state/IN", html.headers().firstValue("Location").orElse(""));
        String official = "https://w3id.org/chancery/id/official/hostile";
        for (String[] t : new String[][] {{"text/turtle", "TTL"}, {"application/ld+json", "JSON-LD"}, {"application/n-triples", "N-TRIPLES"}}) {
            HttpResponse<String> r = get("/id/official/hostile", t[0]);
            assertEquals(200, r.statusCode(), t[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(t[0]), t[0]);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(r.body())).lang(org.apache.jena.riot.RDFLanguages.nameToLang(t[1])).parse(m);
            Resource self = m.createResource(official);
            assertEquals(ExplorerServer.HOSTILE_NAME, self.getProperty(RDFS.label).getString(), t[0] + ": its label");
            assertTrue(m.contains(m.createResource("https://w3id.org/chancery/id/state/IN"), RDFS.label), t[0] + ": the label of what it links to");
        }
        // Statements from every document's graph: India is named by several.
        Model india = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(get("/id/state/IN", "text/turtle").body())).lang(Lang.TTL).parse(india);
        List<String> docs = new ArrayList<>();
        india.listObjectsOfProperty(india.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom")).forEachRemaining(o -> docs.add(o.toString()));
        assertTrue(docs.size() >= 3, "India's documents: " + docs);
        assertEquals(404, get("/id/state/ZZ", "text/turtle").statusCode());
        assertEquals(404, get("/id/state/ZZ", "text/html").statusCode());
        assertEquals(406, get("/id/state/IN", "image/png").statusCode());
    }
}
