package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.chancery.Fixtures;
import org.chancery.corpus.Inputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canned queries that take a state start from it once it is given: the forms of
 * queries/anchored/ give the rows of the queries' own forms, for every state of the examples'
 * graph, and every query with a state parameter, bound, has the state substituted into its pattern
 * (an ARQ sequence from the parameter's row) rather than joined after the whole store is read.
 */
class AnchoredFormsTest {
    static DatasetGraph examples;
    static QueryRegistry registry;

    @BeforeAll
    static void convert() {
        registry = QueryRegistry.load();
        examples = Fixtures.convert(Inputs.expand(List.of(Fixtures.root().resolve("examples").toString())).files);
    }

    static List<String> rows(Query q) {
        List<String> rows = new ArrayList<>();
        var union = DatasetFactory.wrap(DatasetGraphFactory.wrap(examples.getUnionGraph()));
        try (QueryExecution qe = QueryExecution.dataset(union).query(q).build()) {
            // GROUP_CONCAT's order is the order rows are met in, which SPARQL leaves open: its
            // parts are compared as a set.
            qe.execSelect().forEachRemaining(s -> {
                StringBuilder b = new StringBuilder();
                s.varNames().forEachRemaining(v -> {
                    String value = s.get(v).toString();
                    if (value.contains(" | ")) value = String.join(" | ", new java.util.TreeSet<>(List.of(value.split(" \\| "))));
                    b.append(v).append('=').append(value).append(' ');
                });
                rows.add(b.toString());
            });
        }
        rows.sort(null);
        return rows;
    }

    static List<String> states() {
        List<String> states = new ArrayList<>();
        examples.getUnionGraph().find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/chancery/ontology#State"))
                .forEachRemaining(t -> states.add(t.getSubject().getURI()));
        states.sort(null);
        return states;
    }

    @Test
    void theAnchoredFormsGiveTheRowsOfTheQueriesOwnForms() {
        List<String> states = states();
        assertTrue(states.size() > 10, "the examples name many states: " + states);
        int queries = 0, nonEmpty = 0;
        for (CannedQuery q : registry.all().values()) {
            for (CannedQuery.Form f : q.forms()) {
                queries++;
                for (String state : states) {
                    Map<String, String> values = new LinkedHashMap<>();
                    f.anchors().forEach(a -> values.put(a, state));
                    List<String> own = rows(q.bind(values, false));
                    assertEquals(own, rows(q.bind(values, true)), q.name() + " " + values);
                    if (!own.isEmpty()) nonEmpty++;
                }
            }
        }
        assertTrue(queries >= 2, "timeline and co-participation have anchored forms");
        assertTrue(nonEmpty > 10, "the comparison saw rows: " + nonEmpty);
    }

    @Test
    void everyQueryTakingAStateStartsFromIt() {
        int checked = 0;
        for (CannedQuery q : registry.all().values()) {
            List<CannedQuery.Param> states = q.params().stream().filter(p -> p.type().equals("state")).toList();
            if (states.isEmpty()) continue;
            Map<String, String> values = new LinkedHashMap<>();
            states.forEach(p -> values.put(p.name(), values.isEmpty() ? "KZ" : "US"));
            Op op = Algebra.optimize(Algebra.compile(q.bind(values)));
            Set<Var> params = new java.util.HashSet<>();
            values.keySet().forEach(n -> params.add(Var.alloc(n)));
            assertTrue(substituted(op, params), q.name() + ": the state is joined after the pattern is read, not substituted into it:\n" + op);
            checked++;
        }
        assertTrue(checked >= 5, "timeline, officials, co-participation, institution-engagement, state-relations: " + checked);
        // The check can fail: the timeline's own form filters the whole store's events by the state.
        Op own = Algebra.optimize(Algebra.compile(registry.get("timeline").bind(Map.of("state", "KZ"), false)));
        assertFalse(substituted(own, Set.of(Var.alloc("state"))), own.toString());
    }

    /** Whether some sequence opens with the parameters' row and reads them in what follows. */
    private static boolean substituted(Op op, Set<Var> params) {
        boolean[] found = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpSequence seq) {
                Op first = seq.size() < 2 ? null : seq.get(0);
                while (first instanceof OpFilter f) first = f.getSubOp();
                if (!(first instanceof OpTable t) || !t.getTable().getVars().containsAll(params)) return;
                Set<Var> rest = new java.util.HashSet<>();
                for (int i = 1; i < seq.size(); i++) rest.addAll(OpVars.mentionedVars(seq.get(i)));
                if (rest.containsAll(params)) found[0] = true;
            }
        });
        return found[0];
    }

    @Test
    void anAnchorMustBeAParameter() {
        CannedQuery q = registry.get("timeline");
        assertNotNull(q);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> q.withForm("# anchor: country\nSELECT * WHERE { ?s ?p ?o }"));
        assertTrue(e.getMessage().contains("country"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> q.withForm("SELECT * WHERE { ?s ?p ?o }"));
    }
}
