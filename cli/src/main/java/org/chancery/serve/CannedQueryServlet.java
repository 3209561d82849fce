package org.chancery.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;

/**
 * The canned queries over HTTP, beside the dataset's SPARQL endpoint:
 * <ul>
 * <li>{@code GET /chancery/queries}: their names, titles, descriptions and parameters, in JSON, or
 *     as an HTML page for a browser;</li>
 * <li>{@code GET /chancery/queries/{name}?param=value…}: one of them run on the dataset, its rows in
 *     SPARQL JSON, SPARQL XML, CSV or TSV as the Accept header asks (JSON when it does not say);
 *     {@code limit} and {@code offset} ask for one page of the rows.</li>
 * </ul>
 * Parameters are bound by {@link CannedQuery#bind} as terms; a bad one is a 400 saying which and why.
 */
final class CannedQueryServlet extends HttpServlet {
    private static final MediaType JSON_RESULTS = MediaType.create("application/sparql-results+json");
    private static final MediaType XML_RESULTS = MediaType.create("application/sparql-results+xml");
    private static final MediaType CSV = MediaType.create("text/csv");
    private static final MediaType TSV = MediaType.create("text/tab-separated-values");
    private static final MediaType JSON_MEDIA = MediaType.create("application/json");
    private static final MediaType XML_MEDIA = MediaType.create("application/xml");
    private static final MediaType HTML = MediaType.create("text/html");
    // Order is preference when the client accepts anything.
    private static final AcceptList RESULT_OFFERS = AcceptList.create(JSON_RESULTS, JSON_MEDIA, XML_RESULTS, XML_MEDIA, CSV, TSV);
    private static final AcceptList LIST_OFFERS = AcceptList.create(JSON_MEDIA, HTML);

    private final QueryRegistry registry;
    private final String datasetPath;
    private final ResultLimit limit;
    private final QueryTimeout timeout;

    CannedQueryServlet(QueryRegistry registry, String datasetName, ResultLimit limit, QueryTimeout timeout) {
        this.timeout = timeout;
        this.registry = registry;
        this.datasetPath = "/" + datasetName;
        this.limit = limit;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo();
        if (rest == null || rest.equals("/")) list(req, resp);
        else run(rest.substring(1), req, resp);
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MediaType type = AcceptList.match(accept(req), LIST_OFFERS);
        if (type == null) {
            refuse(resp, 406, "the list of queries comes as application/json or text/html, not " + req.getHeader("Accept"));
            return;
        }
        String base = req.getContextPath() + req.getServletPath();
        if (type.getContentTypeStr().equals(HTML.getContentTypeStr())) {
            send(resp, 200, "text/html; charset=utf-8", html(base));
            return;
        }
        JsonArray queries = new JsonArray();
        for (CannedQuery q : registry.all().values()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            o.put("url", base + "/" + q.name());
            JsonArray params = new JsonArray();
            for (CannedQuery.Param p : q.params()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("type", p.type());
                po.put("optional", p.optional());
                po.put("description", p.description());
                params.add(po);
            }
            o.put("parameters", params);
            queries.add(o);
        }
        JsonObject body = new JsonObject();
        body.put("queries", queries);
        send(resp, 200, "application/json; charset=utf-8", JSON.toString(body));
    }

    private void run(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        CannedQuery q = registry.get(name);
        if (q == null) {
            refuse(resp, 404, "no query named '" + name + "'; the queries are: " + String.join(", ", registry.all().keySet()));
            return;
        }
        MediaType type = AcceptList.match(accept(req), RESULT_OFFERS);
        if (type == null) {
            refuse(resp, 406, "query results come as application/sparql-results+json, application/sparql-results+xml, "
                    + "text/csv or text/tab-separated-values, not " + req.getHeader("Accept"));
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> paging = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getValue().length != 1) {
                refuse(resp, 400, "parameter '" + e.getKey() + "' is given " + e.getValue().length + " times; give it once");
                return;
            }
            (CannedQuery.PAGING.contains(e.getKey()) ? paging : params).put(e.getKey(), e.getValue()[0]);
        }
        Query query;
        try {
            // A page is at most the server's row limit.
            query = limit.apply(CannedQuery.page(q.bind(params), paging.get("limit"), paging.get("offset"), limit.rows()));
        } catch (IllegalArgumentException e) {
            refuse(resp, 400, e.getMessage());
            return;
        }
        DataAccessPoint dap = DataAccessPointRegistry.get(getServletContext()).get(datasetPath);
        if (dap == null) {
            refuse(resp, 404, "no dataset " + datasetPath);
            return;
        }
        DatasetGraph dsg = dap.getDataService().getDataset();
        Lang lang = lang(type);
        // Written to memory first: a query stopped by the time limit gets a clean error, not half a table.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Txn.executeRead(dsg, () -> {
                try (QueryExec exec = timeout.apply(QueryExec.newBuilder().dataset(dsg).query(query), null).build()) {
                    ResultsWriter.create().lang(lang).write(out, exec.select());
                }
            });
        } catch (QueryCancelledException e) {
            refuse(resp, 503, "query '" + name + "' ran past the server's time limit");
            return;
        }
        String contentType = type.getContentTypeStr() + "; charset=utf-8";
        resp.setStatus(200);
        resp.setContentType(contentType);
        resp.setContentLength(out.size());
        out.writeTo(resp.getOutputStream());
    }

    private static Lang lang(MediaType type) {
        return switch (type.getContentTypeStr()) {
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            case "application/sparql-results+xml", "application/xml" -> ResultSetLang.RS_XML;
            default -> ResultSetLang.RS_JSON;
        };
    }

    private static AcceptList accept(HttpServletRequest req) {
        String header = req.getHeader("Accept");
        return new AcceptList(header == null || header.isBlank() ? "*/*" : header);
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, "text/plain; charset=utf-8", message + "\n");
    }

    private static void send(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** A page a person can read: each query with a form for its parameters. */
    private String html(String base) {
        StringBuilder b = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Chancery — canned queries</title>
                <style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}
                section{border-top:1px solid #ccc;padding:.5em 0}code{background:#f4f4f4}label{display:block;margin:.3em 0}</style>
                </head><body><h1>Canned queries</h1>
                <p>Each runs on the whole graph; results come as SPARQL JSON unless the request's Accept header asks for
                <code>application/sparql-results+xml</code>, <code>text/csv</code> or <code>text/tab-separated-values</code>.
                The same list as JSON: <code>Accept: application/json</code>. One page of the rows:
                <code>?limit=100&amp;offset=200</code>.</p>
                """);
        for (CannedQuery q : registry.all().values()) {
            String url = base + "/" + q.name();
            b.append("<section><h2>").append(escape(q.title())).append("</h2>\n<p><code>GET ").append(escape(url))
             .append("</code></p>\n<p>").append(escape(q.description())).append("</p>\n<form method=\"get\" action=\"")
             .append(escape(url)).append("\">\n");
            for (CannedQuery.Param p : q.params()) {
                b.append("<label>").append(escape(p.name())).append(" (").append(escape(p.type())).append(") <input name=\"")
                 .append(escape(p.name())).append('"').append(p.optional() ? "" : " required").append("> ")
                 .append(escape(p.description())).append("</label>\n");
            }
            b.append("<label>limit <input name=\"limit\" type=\"number\" min=\"1\"> optional: at most this many rows</label>\n")
             .append("<label>offset <input name=\"offset\" type=\"number\" min=\"0\"> optional: skip this many rows first</label>\n");
            b.append("<button type=\"submit\">Run</button></form></section>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
