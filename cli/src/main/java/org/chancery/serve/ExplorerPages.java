package org.chancery.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.chancery.serve.StoreQueries.Row;

/**
 * The explorer's pages, each built from canned queries of {@code queries/} (so that the CLI can
 * ask the same questions). Returns the page's HTML, or null when the store does not hold what was
 * asked for. Runs inside the caller's read transaction.
 */
final class ExplorerPages {
    private static final String DIP = "https://w3id.org/chancery/ontology#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel";
    private static final String SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    private static final String DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom";
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /** The classes of VOCABULARY.md by the kind segment of their individuals' IRIs. */
    static final Map<String, String> CLASS_OF_KIND = new LinkedHashMap<>();
    static {
        CLASS_OF_KIND.put("state", DIP + "State");
        CLASS_OF_KIND.put("official", DIP + "Official");
        CLASS_OF_KIND.put("institution", DIP + "Institution");
        CLASS_OF_KIND.put("meeting", DIP + "Meeting");
        CLASS_OF_KIND.put("series", DIP + "MeetingSeries");
        CLASS_OF_KIND.put("resolution", DIP + "Resolution");
        CLASS_OF_KIND.put("agreement", DIP + "Agreement");
        CLASS_OF_KIND.put("place", DIP + "Place");
        CLASS_OF_KIND.put("document", DIP + "Document");
    }

    private static final int MAX_RELATIONS = 300;
    private final StoreQueries queries;

    ExplorerPages(StoreQueries queries) {
        this.queries = queries;
    }

    /** Computes what the pages keep per store generation for the whole store: the home page's figures and the network of all years. */
    void warm() {
        queries.whole("class-counts");
        queries.whole("latest-meetings");
        network(null, null);
        // The pages of the states in most meetings, the ones most visited and dearest to build.
        Map<Node, Integer> meetings = new HashMap<>();
        for (Pair r : networkRows().pairs()) {
            if (!r.states()) continue;
            meetings.merge(r.a(), r.meetings(), Integer::sum);
            meetings.merge(r.b(), r.meetings(), Integer::sum);
        }
        String states = Page.ID + "state/";
        meetings.entrySet().stream()
                .sorted(Map.Entry.<Node, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().getURI()))
                .limit(WARM_STATES).map(e -> e.getKey().getURI()).filter(iri -> iri.startsWith(states))
                .forEach(iri -> entity("state", iri.substring(states.length())));
    }

    /** How many of the busiest states' pages {@link #warm} builds. */
    static final int WARM_STATES = 10;

    // ---- home

    String home(String q) {
        Page p = new Page("Explorer");
        p.h(1, "Chancery explorer");
        if (q != null && !q.isBlank()) search(p, q);
        p.raw("<div class=\"columns\"><section>").h(2, "In the graph").raw("<table class=\"counts\"><tbody>");
        for (Row r : queries.whole("class-counts")) {
            p.raw("<tr><th>").text(plural(Page.shortName(r.node("class")))).raw("</th><td class=\"num\">").text(r.text("count")).raw("</td></tr>");
        }
        p.raw("</tbody></table></section><section>").h(2, "Latest meetings").raw("<ol class=\"latest\">");
        for (Row r : queries.whole("latest-meetings")) {
            p.raw("<li><time>").text(r.text("date")).raw("</time> ").entity(r.node("meeting"), r.text("label"));
            if (r.text("place") != null) p.raw(" <span class=\"place\">").text(r.text("place")).raw("</span>");
            if (r.text("status") != null && r.text("status").endsWith("planned")) p.raw(" <span class=\"badge\">planned</span>");
            p.raw("</li>");
        }
        p.raw("</ol></section></div>");
        p.raw("<p><a href=\"/explore/network\">Network of who met whom</a></p>");
        return p.html();
    }

    /** Names matching every word typed as a prefix ("kazyk" finds Kazykhan), through the label index. */
    private void search(Page p, String q) {
        p.h(2, "Names matching “" + q + "”");
        List<String> words = new ArrayList<>();
        for (String w : q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty() && words.size() < 8) words.add(w + "*");
        if (words.isEmpty()) {
            p.raw("<p class=\"empty\">Type letters or digits to search names.</p>");
            return;
        }
        List<Row> found = queries.run("name-search", Map.of("text", String.join(" AND ", words)));
        if (found.isEmpty()) {
            p.raw("<p class=\"empty\">No name matches.</p>");
            return;
        }
        p.raw("<ul class=\"results\">");
        for (Row r : found) {
            p.raw("<li>").entity(r.node("entity"), r.text("label", r.text("matched")));
            if (r.node("class") != null) p.raw(" <span class=\"badge\">").text(Page.shortName(r.node("class"))).raw("</span>");
            if (r.text("matched") != null && !r.text("matched").equals(r.text("label"))) p.raw(" <span class=\"variant\">").text(r.text("matched")).raw("</span>");
            p.raw("</li>");
        }
        p.raw("</ul>");
    }

    // ---- an individual

    /**
     * The page of an individual, built once per store generation: a busy state's page reads
     * thousands of statements (its meetings, officials, evidence), a fraction of a second that a
     * second visit need not pay again.
     */
    String entity(String kind, String slug) {
        if (!CLASS_OF_KIND.containsKey(kind)) return null;
        return queries.kept("page:" + kind + "/" + slug, () -> build(kind, slug));
    }

    private String build(String kind, String slug) {
        Node iri = NodeFactory.createURI(Page.ID + kind + "/" + slug);
        String id = iri.getURI();
        List<Row> relations = queries.run("relations", Map.of("entity", id));
        if (relations.isEmpty()) return null;
        List<Node> labels = new ArrayList<>(), variants = new ArrayList<>(), documents = new ArrayList<>();
        List<Row> out = new ArrayList<>(), in = new ArrayList<>();
        Set<String> wikidata = new LinkedHashSet<>();
        Map<Node, String> names = new HashMap<>();
        for (Row r : relations) {
            String prop = r.text("property");
            Node other = r.node("other");
            if (r.text("otherLabel") != null) names.put(other, r.text("otherLabel"));
            if (r.text("direction").equals("in")) {
                in.add(r);
                continue;
            }
            switch (prop) {
                case LABEL -> labels.add(other);
                case ALT_LABEL -> variants.add(other);
                case SAME_AS -> {
                    if (other.isURI() && other.getURI().startsWith(WIKIDATA)) wikidata.add(other.getURI().substring(WIKIDATA.length()));
                }
                case DERIVED_FROM -> documents.add(other);
                case RDF_TYPE -> { }
                default -> out.add(r);
            }
        }
        String name = preferred(labels, slug);
        Page p = new Page(name);
        p.raw("<p class=\"kind\">").text(kind).raw("</p>").h(1, name);
        p.raw("<p class=\"iri\"><code>").text(id).raw("</code></p>");
        names(p, labels, variants, wikidata);
        switch (kind) {
            case "state" -> state(p, id);
            case "official" -> official(p, id, out, names);
            case "series" -> series(p, id);
            case "institution" -> meetings(p, id);
            case "document" -> document(p, id);
            default -> { }
        }
        relationsTable(p, "Relations", out, names, false);
        relationsTable(p, "Named by", in, names, true);
        if (!kind.equals("document")) evidence(p, id, names);
        if (!documents.isEmpty()) {
            p.h(2, "Found in " + documents.size() + (documents.size() == 1 ? " document" : " documents")).raw("<ul class=\"documents\">");
            documents.sort(Comparator.comparing(n -> names.getOrDefault(n, n.getURI())));
            for (Node d : documents) p.raw("<li>").entity(d, names.get(d)).raw("</li>");
            p.raw("</ul>");
        }
        return p.html();
    }

    private static String preferred(List<Node> labels, String otherwise) {
        for (Node l : labels) if (l.isLiteral() && l.getLiteralLanguage().equals("en")) return l.getLiteralLexicalForm();
        for (Node l : labels) if (l.isLiteral()) return l.getLiteralLexicalForm();
        return otherwise;
    }

    private static void names(Page p, List<Node> labels, List<Node> variants, Set<String> wikidata) {
        if (labels.isEmpty() && variants.isEmpty() && wikidata.isEmpty()) return;
        p.raw("<dl class=\"names\">");
        if (!labels.isEmpty()) {
            p.raw("<dt>Names</dt><dd>");
            literals(p, labels);
            p.raw("</dd>");
        }
        if (!variants.isEmpty()) {
            p.raw("<dt>Variants</dt><dd>");
            literals(p, variants);
            p.raw("</dd>");
        }
        for (String q : wikidata) p.raw("<dt>Wikidata</dt><dd>").link("https://www.wikidata.org/wiki/" + q, q).raw("</dd>");
        p.raw("</dl>");
    }

    private static void literals(Page p, List<Node> values) {
        values.sort(Comparator.comparing(Node::getLiteralLexicalForm));
        boolean first = true;
        for (Node v : values) {
            if (!first) p.raw(" · ");
            first = false;
            p.raw("<span class=\"name\">").text(v.getLiteralLexicalForm()).raw("</span>");
            if (!v.getLiteralLanguage().isEmpty()) p.raw("<sup>").text(v.getLiteralLanguage()).raw("</sup>");
        }
    }

    private static void relationsTable(Page p, String title, List<Row> rows, Map<Node, String> names, boolean incoming) {
        if (rows.isEmpty()) return;
        p.h(2, title).raw("<div class=\"scroll\"><table class=\"relations\"><tbody>");
        // A busy state is named by thousands of statements: the page shows the first ones and says how many.
        for (Row r : rows.subList(0, Math.min(rows.size(), MAX_RELATIONS))) {
            p.raw("<tr><th>").text(Page.shortName(r.node("property"))).raw("</th><td>");
            value(p, r.node("other"), names);
            p.raw("</td></tr>");
        }
        p.raw("</tbody></table></div>");
        if (rows.size() > MAX_RELATIONS) {
            p.raw("<p class=\"note\">").text("The first " + MAX_RELATIONS + " of " + rows.size() + "; the canned query relations lists them all.").raw("</p>");
        }
    }

    private static void value(Page p, Node v, Map<Node, String> names) {
        if (v == null) return;
        if (v.isURI()) p.entity(v, names.get(v));
        else if (v.isLiteral()) {
            p.text(v.getLiteralLexicalForm());
            if (!v.getLiteralLanguage().isEmpty()) p.raw("<sup>").text(v.getLiteralLanguage()).raw("</sup>");
        } else p.text(v.toString());
    }

    /** Every statement about the individual with the sentence that makes it, linked to the sentence in its document. */
    private void evidence(Page p, String id, Map<Node, String> names) {
        List<Row> rows = queries.run("sources", Map.of("entity", id));
        if (rows.stream().noneMatch(r -> r.text("sentence") != null)) return;
        p.h(2, "Evidence").raw("<div class=\"scroll\"><table class=\"evidence\"><thead><tr><th>fact</th><th>sentence</th><th>document</th></tr></thead><tbody>");
        for (Row r : rows) {
            if (r.text("sentence") == null) continue;
            p.raw("<tr><td>").text(Page.shortName(NodeFactory.createURI(r.text("property")))).raw(" ");
            value(p, r.node("value"), names);
            String doc = Page.explorePath(r.node("document"));
            p.raw("</td><td>");
            if (doc != null) p.link(doc + "#at-" + r.text("start"), r.text("sentence"));
            else p.text(r.text("sentence"));
            p.raw("</td><td>").entity(r.node("document"), r.text("source")).raw("</td></tr>");
        }
        p.raw("</tbody></table></div>");
    }

    // ---- kinds

    private void state(Page p, String id) {
        List<Row> timeline = queries.run("timeline", Map.of("state", id));
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Row r : timeline) {
            String d = r.text("date", "");
            if (d.length() < 4) continue;
            counts.computeIfAbsent(d.substring(0, 4), y -> new HashMap<>()).merge(r.text("kind"), 1, Integer::sum);
        }
        p.h(2, "Across the years").raw(Charts.timeline(counts));
        if (!timeline.isEmpty()) {
            p.raw("<details><summary>").text(timeline.size() + " dated events").raw("</summary><ol class=\"events\">");
            for (Row r : timeline) {
                p.raw("<li><time>").text(r.text("date")).raw("</time> <span class=\"badge\">").text(r.text("kind")).raw("</span> ")
                 .entity(r.node("event"), r.text("label")).raw("</li>");
            }
            p.raw("</ol></details>");
        }
        // Counterparts ranked by the meetings shared over all years.
        List<Row> counterparts = queries.run("counterparts", Map.of("state", id));
        if (!counterparts.isEmpty()) {
            p.h(2, "Counterparts, by shared meetings").raw("<ol class=\"counterparts\">");
            for (Row r : counterparts) {
                long n = r.number("meetings");
                p.raw("<li>").entity(r.node("counterpart"), r.text("label")).raw(" <span class=\"num\">")
                 .text(n + (n == 1 ? " meeting" : " meetings")).raw("</span> <span class=\"place\">")
                 .text(years(r.text("firstYear"), r.text("lastYear"))).raw("</span></li>");
            }
            p.raw("</ol>");
        }
        List<Row> officials = queries.run("officials", Map.of("state", id));
        if (!officials.isEmpty()) {
            p.h(2, "Officials").raw("<div class=\"scroll\"><table class=\"officials\"><thead><tr><th>official</th><th>titles</th><th>years</th></tr></thead><tbody>");
            for (Row r : officials) {
                p.raw("<tr><td>").entity(r.node("official"), r.text("name")).raw("</td><td>").text(r.text("titles", "")).raw("</td><td>")
                 .text(years(r.text("firstSeen"), r.text("lastSeen"))).raw("</td></tr>");
            }
            p.raw("</tbody></table></div>");
        }
    }

    private void official(Page p, String id, List<Row> out, Map<Node, String> names) {
        List<Node> represents = out.stream().filter(r -> r.text("property").equals(DIP + "represents")).map(r -> r.node("other")).toList();
        if (!represents.isEmpty()) {
            p.raw("<p class=\"represents\">Represents ");
            boolean first = true;
            for (Node n : represents) {
                if (!first) p.raw(", ");
                first = false;
                p.entity(n, names.get(n));
            }
            p.raw("</p>");
        }
        List<Row> titles = queries.run("titles", Map.of("official", id));
        if (!titles.isEmpty()) {
            p.h(2, "Titles over time").raw("<div class=\"scroll\"><table class=\"titles\"><thead><tr><th>years</th><th>title</th><th>documents</th></tr></thead><tbody>");
            for (Row r : titles) {
                p.raw("<tr><td>").text(years(r.text("firstSeen"), r.text("lastSeen"))).raw("</td><td>");
                value(p, r.node("title"), names);
                p.raw("</td><td class=\"num\">").text(r.text("documents", "0")).raw("</td></tr>");
            }
            p.raw("</tbody></table></div>");
        }
        meetings(p, id);
    }

    private void meetings(Page p, String id) {
        List<Row> meetings = queries.run("meetings-of", Map.of("participant", id));
        if (meetings.isEmpty()) return;
        p.h(2, "Meetings").raw("<ol class=\"events\">");
        for (Row r : meetings) {
            p.raw("<li><time>").text(r.text("date", "undated")).raw("</time> ").entity(r.node("meeting"), r.text("label"));
            if (r.text("place") != null) p.raw(" <span class=\"place\">").text(r.text("place")).raw("</span>");
            if (r.text("others") != null && !r.text("others").isEmpty()) p.raw(" <span class=\"with\">with ").text(r.text("others")).raw("</span>");
            p.raw("</li>");
        }
        p.raw("</ol>");
    }

    private void series(Page p, String id) {
        List<Row> rounds = queries.run("series", Map.of("series", id));
        if (rounds.isEmpty()) return;
        p.h(2, "Editions").raw("<div class=\"scroll\"><table class=\"editions\"><thead><tr><th>no.</th><th>date</th><th>place</th><th>chairs</th><th>meeting</th></tr></thead><tbody>");
        for (Row r : rounds) {
            p.raw("<tr><td class=\"num\">").text(r.text("edition", "")).raw("</td><td><time>").text(r.text("date", "")).raw("</time></td><td>")
             .text(r.text("place", "")).raw("</td><td>").text(r.text("chairs", "")).raw("</td><td>").entity(r.node("meeting"), null);
            if (r.text("status") != null && r.text("status").endsWith("planned")) p.raw(" <span class=\"badge\">planned</span>");
            p.raw("</td></tr>");
        }
        p.raw("</tbody></table></div>");
    }

    /** The sentences of a document that state facts, in the order of its text; the one linked to (#at-offset) is highlighted. */
    private void document(Page p, String id) {
        List<Row> rows = queries.run("document-evidence", Map.of("document", id));
        if (rows.isEmpty()) return;
        p.h(2, "Text (the sentences that state facts)").raw("<div class=\"text\">");
        String open = null;
        for (Row r : rows) {
            String start = r.text("start");
            if (!start.equals(open)) {
                if (open != null) p.raw("</ul></div>");
                open = start;
                p.raw("<div class=\"sentence\" id=\"at-").text(start).raw("\"><p>").text(r.text("sentence")).raw("</p><ul class=\"facts\">");
            }
            p.raw("<li>").entity(r.node("subject"), r.text("subjectLabel")).raw(" <span class=\"prop\">")
             .text(Page.shortName(NodeFactory.createURI(r.text("property")))).raw("</span> ");
            Node v = r.node("value");
            if (v != null && v.isURI()) p.entity(v, r.text("valueLabel"));
            else if (v != null) p.text(v.getLiteralLexicalForm());
            p.raw("</li>");
        }
        p.raw("</ul></div></div>");
    }

    // ---- network

    /** One row of the network query: two states or two officials, a year (null when undated), their meetings that year. */
    private record Pair(boolean states, Integer year, Node a, Node b, int meetings) {}

    /** The network query's rows, read once per store generation, with the names and the years they span. */
    private record Network(List<Pair> pairs, Map<Node, String> labels, int min, int max) {}

    private Network networkRows() {
        return queries.kept("network-rows", () -> {
            List<Pair> pairs = new ArrayList<>();
            Map<Node, String> labels = new HashMap<>();
            int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
            for (Row r : queries.whole("network")) {
                Integer y = year(r.text("year"));
                if (y != null) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                }
                Node a = r.node("a"), b = r.node("b");
                labels.putIfAbsent(a, r.text("aLabel", Page.shortName(a)));
                labels.putIfAbsent(b, r.text("bLabel", Page.shortName(b)));
                pairs.add(new Pair("states".equals(r.text("kind")), y, a, b, (int) r.number("meetings")));
            }
            return new Network(List.copyOf(pairs), Map.copyOf(labels), min, max);
        });
    }

    /** The network page for a year range, drawn once per store generation and range. */
    String network(String fromParam, String toParam) {
        Integer from = year(fromParam), to = year(toParam);
        return queries.kept("network-page:" + from + ":" + to, () -> network(networkRows(), from, to));
    }

    private static String network(Network net, Integer from, Integer to) {
        int min = net.min(), max = net.max();
        Map<Node, String> labels = net.labels();
        Map<List<Node>, Integer> weights = new LinkedHashMap<>();
        Map<Node, Boolean> isState = new HashMap<>();
        Map<Node, Integer> degree = new HashMap<>();
        for (Pair r : net.pairs()) {
            Integer y = r.year();
            if ((from != null || to != null) && y == null) continue;
            if (from != null && y < from || to != null && y > to) continue;
            Node a = r.a(), b = r.b();
            int n = r.meetings();
            weights.merge(List.of(a, b), n, Integer::sum);
            isState.put(a, r.states());
            isState.put(b, r.states());
            degree.merge(a, n, Integer::sum);
            degree.merge(b, n, Integer::sum);
        }
        // The busiest 30 states and 40 officials: more would not read on a screen.
        List<Charts.NetNode> nodes = new ArrayList<>();
        for (boolean state : new boolean[] {true, false}) {
            degree.entrySet().stream().filter(e -> isState.get(e.getKey()) == state)
                  .sorted(Map.Entry.<Node, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().getURI()))
                  .limit(state ? 30 : 40)
                  .map(e -> new Charts.NetNode(e.getKey(), labels.get(e.getKey()), state))
                  .sorted(Comparator.comparing(Charts.NetNode::label))
                  .forEach(nodes::add);
        }
        List<Charts.Edge> edges = new ArrayList<>();
        weights.forEach((k, w) -> edges.add(new Charts.Edge(k.get(0), k.get(1), w)));
        Page p = new Page("Network");
        p.h(1, "Who met whom");
        p.raw("<form class=\"years\" action=\"/explore/network\" method=\"get\"><label>from <input name=\"from\" type=\"number\" inputmode=\"numeric\"")
         .raw(min <= max ? " min=\"" + min + "\" max=\"" + max + "\"" : "").raw(" value=\"").text(from == null ? "" : from.toString())
         .raw("\"></label> <label>to <input name=\"to\" type=\"number\" inputmode=\"numeric\"")
         .raw(min <= max ? " min=\"" + min + "\" max=\"" + max + "\"" : "").raw(" value=\"").text(to == null ? "" : to.toString())
         .raw("\"></label> <button type=\"submit\">Show</button></form>");
        if (min <= max) p.raw("<p class=\"note\">Meetings from ").text(String.valueOf(min)).raw(" to ").text(String.valueOf(max))
                          .raw("; states (inner ring) and officials (outer ring) are linked when they took part in the same held meeting.</p>");
        p.raw(Charts.network(nodes, edges));
        if (!edges.isEmpty()) {
            p.h(2, "Pairs").raw("<div class=\"scroll\"><table class=\"pairs\"><tbody>");
            edges.stream().sorted(Comparator.comparingInt(Charts.Edge::weight).reversed()).limit(200).forEach(e ->
                    p.raw("<tr><td>").entity(e.a(), labels.get(e.a())).raw("</td><td>").entity(e.b(), labels.get(e.b()))
                     .raw("</td><td class=\"num\">").text(String.valueOf(e.weight())).raw("</td></tr>"));
            p.raw("</tbody></table></div>");
        }
        return p.html();
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("-?\\d{1,4}");

    private static Integer year(String s) {
        if (s == null || !YEAR.matcher(s.strip()).matches()) return null;
        return Integer.parseInt(s.strip());
    }

    private static String years(String first, String last) {
        if (first == null || first.isEmpty()) return "";
        return last == null || last.isEmpty() || last.equals(first) ? first : first + "–" + last;
    }

    private static String plural(String className) {
        return switch (className) {
            case "MeetingSeries" -> "Meeting series";
            case "Agreement", "Document", "Institution", "Meeting", "Official", "Place", "Resolution", "State" -> className + "s";
            default -> className;
        };
    }
}
