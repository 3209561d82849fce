package org.chancery.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * What a store holds: documents, graphs, quads, distinct triples of the union, individuals per
 * class, and the span of its dates (events' {@code dip:date}, documents' {@code dcterms:date}).
 */
public record StoreStats(long documents, long graphs, long quads, long triples, Map<String, Long> entities,
                         DateRange eventDates, DateRange documentDates) {

    /** The classes of the vocabulary, in the order they are reported. */
    public static final String[] CLASSES = {"Document", "State", "Official", "Institution", "Agreement", "Resolution",
            "Meeting", "MeetingSeries", "Place", "Evidence"};

    /**
     * Earliest and latest of some dates, compared as written: ISO forms of any precision ("2010",
     * "2010-12", "2010-12-05") sort in time order as strings, whatever their datatype.
     */
    public record DateRange(String earliest, String latest, long values) {}

    private static final String PREFIXES = """
            PREFIX dip: <https://w3id.org/chancery/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    public static StoreStats of(Store store) {
        return store.read(() -> {
            var dsg = store.dataset();
            long graphs = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) graphs++;
            long quads = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) quads++;
            Model union = ModelFactory.createModelForGraph(dsg.getUnionGraph());
            long triples = select(union, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").getLiteral("n").getLong();
            Map<String, Long> entities = new LinkedHashMap<>();
            for (String c : CLASSES) entities.put(c, 0L);
            StringBuilder values = new StringBuilder();
            for (String c : CLASSES) values.append(" dip:").append(c);
            try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES + "SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE { VALUES ?class {"
                    + values + " } ?x a ?class } GROUP BY ?class").build()) {
                qe.execSelect().forEachRemaining(row -> entities.put(row.getResource("class").getLocalName(), row.getLiteral("n").getLong()));
            }
            return new StoreStats(entities.get("Document"), graphs, quads, triples, entities,
                    dates(union, "dip:date"), dates(union, "dcterms:date"));
        });
    }

    private static DateRange dates(Model union, String property) {
        QuerySolution row = select(union, "SELECT (MIN(STR(?d)) AS ?min) (MAX(STR(?d)) AS ?max) (COUNT(?d) AS ?n) WHERE { ?x "
                + property + " ?d }");
        long n = row.getLiteral("n").getLong();
        return n == 0 ? new DateRange(null, null, 0) : new DateRange(row.getLiteral("min").getLexicalForm(), row.getLiteral("max").getLexicalForm(), n);
    }

    private static QuerySolution select(Model m, String query) {
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + query).build()) {
            return qe.execSelect().next();
        }
    }
}
