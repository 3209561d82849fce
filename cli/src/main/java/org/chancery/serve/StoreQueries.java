package org.chancery.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The canned queries run in-process on the served dataset for the explorer's pages, with the
 * server's row limit and timeout. Callers hold a read transaction around a page's queries.
 */
final class StoreQueries {
    private final QueryRegistry registry;
    private final DatasetGraph dataset;
    private final ResultLimit limit;
    private final QueryTimeout timeout;
    private final StoreAggregates aggregates;
    private final Object generation;

    StoreQueries(QueryRegistry registry, DatasetGraph dataset, ResultLimit limit, QueryTimeout timeout) {
        this(registry, dataset, limit, timeout, null, null);
    }

    /**
     * Queries that keep what they compute once per store generation in {@code aggregates};
     * {@code generation} is {@link StoreAggregates#generation} read before the caller's read
     * transaction began (null keeps nothing).
     */
    StoreQueries(QueryRegistry registry, DatasetGraph dataset, ResultLimit limit, QueryTimeout timeout, StoreAggregates aggregates, Object generation) {
        this.registry = registry;
        this.dataset = dataset;
        this.limit = limit;
        this.timeout = timeout;
        this.aggregates = aggregates;
        this.generation = generation;
    }

    /** The rows of a query that takes no parameter and reads the whole store, kept per store generation when the server keeps them. */
    List<Row> whole(String name) {
        return kept("rows:" + name, () -> List.copyOf(run(name, Map.of())));
    }

    /** A value computed from the store, kept per store generation under {@code key} when the server keeps them. */
    <T> T kept(String key, java.util.function.Supplier<T> compute) {
        return aggregates == null ? compute.get() : aggregates.get(key, generation, compute);
    }

    DatasetGraph dataset() {
        return dataset;
    }

    List<Row> run(String name, Map<String, String> params) {
        CannedQuery q = registry.get(name);
        if (q == null) throw new IllegalStateException("queries/" + name + ".rq is missing");
        Query query = limit == null ? q.bind(params) : limit.apply(q.bind(params));
        var builder = QueryExec.newBuilder().dataset(dataset).query(query);
        if (timeout != null) builder = timeout.apply(builder, null);
        List<Row> rows = new ArrayList<>();
        try (QueryExec exec = builder.build()) {
            RowSet rs = exec.select();
            List<Var> vars = rs.getResultVars();
            rs.forEachRemaining(b -> {
                Map<String, Node> m = new HashMap<>();
                for (Var v : vars) if (b.get(v) != null) m.put(v.getVarName(), b.get(v));
                rows.add(new Row(m));
            });
        }
        return rows;
    }

    /** One result row: terms by variable name. */
    record Row(Map<String, Node> terms) {
        Node node(String var) {
            return terms.get(var);
        }

        /** The lexical form of a literal, the IRI of a resource, null when unbound. */
        String text(String var) {
            Node n = terms.get(var);
            if (n == null) return null;
            if (n.isLiteral()) return n.getLiteralLexicalForm();
            if (n.isURI()) return n.getURI();
            return n.toString();
        }

        String text(String var, String otherwise) {
            String s = text(var);
            return s == null || s.isEmpty() ? otherwise : s;
        }

        long number(String var) {
            try {
                String s = text(var);
                return s == null ? 0 : Long.parseLong(s);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
