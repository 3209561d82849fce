package org.chancery.bench.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.chancery.serve.CannedQuery;
import org.chancery.store.Store;

/**
 * Values for the canned queries' parameters, taken from the store itself: the two states that
 * take part in most meetings (the busiest case a state filter meets), an official, a series.
 */
final class QueryParameters {
    private static final String DIP = "PREFIX dip: <https://w3id.org/chancery/ontology#>\n";
    private final String state;
    private final String otherState;
    private final String official;
    private final String series;

    private QueryParameters(String state, String otherState, String official, String series) {
        this.state = state;
        this.otherState = otherState;
        this.official = official;
        this.series = series;
    }

    static QueryParameters from(Store store) {
        return store.read(() -> {
            List<String> states = column(store, DIP + "SELECT ?s (COUNT(?m) AS ?n) WHERE { ?m dip:participant ?s . ?s a dip:State } GROUP BY ?s ORDER BY DESC(?n) LIMIT 2", "s");
            List<String> officials = column(store, DIP + "SELECT ?o WHERE { ?o a dip:Official ; dip:represents ?s } LIMIT 1", "o");
            List<String> series = column(store, DIP + "SELECT ?s WHERE { ?s a dip:MeetingSeries } LIMIT 1", "s");
            String a = states.isEmpty() ? "https://w3id.org/chancery/id/state/KZ" : states.get(0);
            String b = states.size() < 2 ? "https://w3id.org/chancery/id/state/US" : states.get(1);
            return new QueryParameters(a, b, officials.isEmpty() ? a : officials.get(0), series.isEmpty() ? a : series.get(0));
        });
    }

    /** Each query with every parameter bound; and, when it has optional ones, with only the required ones (the whole store). */
    List<QueryForm> forms(Map<String, CannedQuery> queries) {
        List<QueryForm> forms = new ArrayList<>();
        for (CannedQuery q : queries.values()) {
            Map<String, String> all = new LinkedHashMap<>(), required = new LinkedHashMap<>();
            for (CannedQuery.Param p : q.params()) {
                String v = value(p);
                all.put(p.name(), v);
                if (!p.optional()) required.put(p.name(), v);
            }
            forms.add(new QueryForm(q.name(), all));
            if (required.size() < all.size()) forms.add(new QueryForm(q.name(), required));
        }
        return forms;
    }

    private String value(CannedQuery.Param p) {
        return switch (p.type()) {
            case "state" -> p.name().equals("b") ? otherState : state;
            case "iri" -> p.name().equals("series") ? series : official;
            case "integer" -> "2020";
            default -> "a";
        };
    }

    private static List<String> column(Store store, String query, String var) {
        List<String> values = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
            for (var rs = qe.execSelect(); rs.hasNext(); ) {
                QuerySolution s = rs.next();
                if (s.get(var) != null && s.get(var).isURIResource()) values.add(s.getResource(var).getURI());
            }
        }
        return values;
    }
}
