package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /chancery/queries and /chancery/queries/{name}: the list, each format, and refusals that say why. */
class CannedQueryHttpTest {
    static ExampleServer served;
    static String queries;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() {
        served = ExampleServer.get();
        queries = served.base() + "/chancery/queries";
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String url(String name, Map<String, String> params) {
        return queries + "/" + name + (params.isEmpty() ? "" : "?" + params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    @Test
    void theListSaysEveryQueryItsTitleAndParameters() throws Exception {
        HttpResponse<String> r = get(queries, "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject body = JSON.parse(r.body());
        List<JsonObject> listed = body.getArray("queries").map(JsonValue::getAsObject).toList();
        QueryRegistry registry = QueryRegistry.load();
        assertEquals(registry.all().keySet(), listed.stream().map(o -> o.getString("name")).collect(Collectors.toSet()));
        JsonObject relations = listed.stream().filter(o -> o.getString("name").equals("state-relations")).findFirst().orElseThrow();
        assertEquals(registry.get("state-relations").title(), relations.getString("title"));
        assertEquals("/chancery/queries/state-relations", relations.getString("url"));
        List<JsonObject> params = relations.getArray("parameters").map(JsonValue::getAsObject).toList();
        assertEquals(List.of("a", "b"), params.stream().map(p -> p.getString("name")).toList());
        assertEquals("state", params.get(0).getString("type"));
        assertEquals(false, params.get(0).getBoolean("optional"));
        JsonObject timeline = listed.stream().filter(o -> o.getString("name").equals("timeline")).findFirst().orElseThrow();
        assertEquals(true, timeline.getArray("parameters").findFirst().orElseThrow().getAsObject().getBoolean("optional"));
    }

    @Test
    void aBrowserGetsAnHtmlPageWithAFormPerQuery() throws Exception {
        HttpResponse<String> r = get(queries, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (CannedQuery q : QueryRegistry.load().all().values()) {
            assertTrue(r.body().contains("action=\"/chancery/queries/" + q.name() + "\""), q.name());
        }
        assertTrue(r.body().contains("<input name=\"a\" required>"), "required parameters are marked");
        // With no Accept header at all, JSON.
        assertTrue(get(queries, null).body().strip().startsWith("{"));
    }

    @Test
    void aQueryAnswersInEachFormatWithTheRowsJenaGetsInProcess() throws Exception {
        CannedQuery timeline = QueryRegistry.load().get("timeline");
        Map<String, String> params = EndToEndTest.sampleParams(timeline, true);
        List<Binding> expected = served.rowsInProcess(timeline.bind(params));
        assertTrue(expected.size() > 0);
        for (String accept : List.of("application/sparql-results+json", "application/sparql-results+xml", "text/tab-separated-values")) {
            HttpResponse<String> r = get(url("timeline", params), accept);
            assertEquals(200, r.statusCode(), accept + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), accept);
            RowSet rows = ResultsReader.create().lang(RDFLanguages.contentTypeToLang(accept))
                    .readRowSet(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals(Rows.of(expected), Rows.of(rows), accept);
        }
        // CSV writes terms as plain strings: compare the table's size and its first column.
        HttpResponse<String> csv = get(url("timeline", params), "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("date,kind,event,label,status", lines.get(0));
        assertEquals(expected.size(), lines.size() - 1);
        // Anything accepted: JSON.
        ResultSet any = ResultSetFactory.fromJSON(new ByteArrayInputStream(get(url("timeline", params), "*/*").body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("date", "kind", "event", "label", "status"), any.getResultVars());
    }

    @Test
    void badRequestsAreRefusedWithAMessageThatSaysWhy() throws Exception {
        HttpResponse<String> quotes = get(url("sources", Map.of("entity", "x\"> } UNION { ?s ?p ?o } #")), "text/csv");
        assertEquals(400, quotes.statusCode());
        assertTrue(quotes.body().contains("parameter 'entity' must be an absolute IRI") && quotes.body().contains("x\"> } UNION"), quotes.body());
        HttpResponse<String> state = get(url("timeline", Map.of("state", "Kazakh\"stan")), null);
        assertEquals(400, state.statusCode());
        assertTrue(state.body().contains("two-letter ISO 3166 code"), state.body());
        HttpResponse<String> missing = get(url("state-relations", Map.of("a", "KZ")), null);
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("needs parameter 'b'"), missing.body());
        HttpResponse<String> unknown = get(url("timeline", Map.of("year", "2024")), null);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("has no parameter 'year'"), unknown.body());
        HttpResponse<String> twice = get(queries + "/timeline?state=KZ&state=US", null);
        assertEquals(400, twice.statusCode());
        assertTrue(twice.body().contains("given 2 times"), twice.body());
        HttpResponse<String> noSuch = get(queries + "/no-such-query", null);
        assertEquals(404, noSuch.statusCode());
        assertTrue(noSuch.body().contains("timeline"), "the 404 lists the queries: " + noSuch.body());
        HttpResponse<String> png = get(queries + "/timeline", "image/png");
        assertEquals(406, png.statusCode());
        assertTrue(png.body().contains("text/csv"), png.body());
    }

    /** Over HTTP too, a parameter is one term or a 400: quotes, braces, UNION, spaces never reach the query text. */
    @Test
    void hostileParametersAreRefusedOrBoundAsOneTerm() throws Exception {
        for (String v : List.of("https://w3id.org/chancery/id/state/KZ } UNION { ?s ?p ?o }", "https://w3id.org/chancery/id/state/K Z",
                "<https://w3id.org/chancery/id/state/KZ>} UNION {?s ?p ?o", "https://example.org/{x}", "urn:x\" . ?s ?p ?o . \"",
                "?entity", "")) {
            HttpResponse<String> r = get(url("sources", Map.of("entity", v)), "text/csv");
            assertEquals(400, r.statusCode(), v + ": " + r.body());
            assertTrue(r.body().contains("must be an absolute IRI"), r.body());
        }
        for (String v : List.of("KZ } UNION { ?s ?p ?o }", "KZ\"", "K Z", "{KZ}")) {
            HttpResponse<String> r = get(url("timeline", Map.of("state", v)), "text/csv");
            assertEquals(400, r.statusCode(), v + ": " + r.body());
        }
        // A well-formed IRI that spells an injection (percent-encoded) is just an IRI that names nothing.
        HttpResponse<String> spelled = get(url("sources", Map.of("entity", "urn:x:%7D%20UNION%20%7B%20?s%20?p%20?o%20%7D")), "text/csv");
        assertEquals(200, spelled.statusCode(), spelled.body());
        assertEquals(1, spelled.body().lines().count(), "only the header: " + spelled.body());
    }

    /** limit and offset give one page of the rows, in the query's order; a bad one is a 400 that says why. */
    @Test
    void aWholeStoreFormAnswersPageByPage() throws Exception {
        CannedQuery timeline = QueryRegistry.load().get("timeline");
        List<Binding> all = served.rowsInProcess(timeline.bind(Map.of()));
        assertTrue(all.size() > 5, "enough rows to page: " + all.size());
        List<String> whole = get(url("timeline", Map.of()), "text/csv").body().lines().skip(1).toList();
        List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 4) {
            HttpResponse<String> page = get(url("timeline", Map.of("limit", "4", "offset", Integer.toString(offset))), "text/csv");
            assertEquals(200, page.statusCode(), page.body());
            List<String> rows = page.body().lines().skip(1).toList();
            assertTrue(rows.size() <= 4 && !rows.isEmpty(), rows.toString());
            paged.addAll(rows);
        }
        assertEquals(whole, paged, "the pages, one after the other, are the whole answer");
        assertEquals(1, get(url("timeline", Map.of("limit", "1")), "text/csv").body().lines().count() - 1);
        for (Map<String, String> bad : List.of(Map.of("limit", "0"), Map.of("limit", "many"), Map.of("offset", "-1"),
                Map.of("limit", "10001"), Map.of("limit", "5", "offset", "1e3"))) {
            HttpResponse<String> r = get(url("timeline", bad), "text/csv");
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(r.body().matches("(?s)(limit|offset) must be .*"), r.body());
        }
        assertTrue(get(url("timeline", Map.of("limit", "10001")), null).body().contains("from 1 to 10000"), "the server's row limit bounds a page");
    }
}
