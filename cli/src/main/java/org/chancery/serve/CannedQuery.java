package org.chancery.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.irix.IRIs;

/**
 * A query of {@code queries/}: its header says its title, description and parameters
 * ({@code # param: name type — text}, types iri, state, string, integer). Parameters are bound by
 * replacing variables in the parsed query — a value is a term, never query text, so quotes or
 * braces in it cannot change the query.
 */
public record CannedQuery(String name, String title, String description, List<Param> params, Query query, List<Form> forms) {

    /**
     * A form of the query for when its anchor parameters are all given ({@code queries/anchored/NAME.rq},
     * headed {@code # anchor: param}): the same rows, from a pattern that starts from their values
     * instead of reading the whole store and filtering. Its ORDER BY is the query's own.
     */
    public record Form(Set<String> anchors, Query query) {}

    public record Param(String name, String type, String description) {
        /** A parameter whose description starts with "optional" may be left out. */
        public boolean optional() {
            return description.startsWith("optional");
        }
    }

    public static CannedQuery parse(String name, String text) {
        String title = name, description = "";
        List<Param> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) continue;
            String body = l.substring(1).strip();
            if (body.startsWith("title:")) title = body.substring(6).strip();
            else if (body.startsWith("description:")) description = (description + " " + body.substring(12).strip()).strip();
            else if (body.startsWith("param:")) {
                String[] p = body.substring(6).strip().split("\\s+", 3);
                if (PAGING.contains(p[0])) throw new IllegalArgumentException("queries/" + name + ".rq: a parameter may not be named '" + p[0] + "' (paging takes that name)");
                String desc = p.length > 2 ? p[2].replaceFirst("^[—-]\\s*", "") : "";
                params.add(new Param(p[0], p.length > 1 ? p[1] : "string", desc));
            }
        }
        return new CannedQuery(name, title, description, List.copyOf(params), QueryFactory.create(text), List.of());
    }

    /** The most rows one page may ask for, and the furthest a page may start (beyond, a page is no help). */
    public static final long MAX_PAGE_ROWS = 1_000_000, MAX_OFFSET = 1_000_000_000;

    /** The names paging takes, which no parameter may have: {@code limit} and {@code offset}. */
    public static final java.util.List<String> PAGING = java.util.List.of("limit", "offset");

    /**
     * One page of the bound query's rows: at most {@code limit} rows after the first {@code offset}
     * (in the query's ORDER BY, so that pages follow each other); null leaves either out. A limit
     * must be 1 to {@code maxLimit} (at most {@link #MAX_PAGE_ROWS}), an offset 0 to
     * {@link #MAX_OFFSET}; anything else is refused, saying which and why.
     */
    public static Query page(Query bound, String limit, String offset, long maxLimit) {
        long max = Math.min(maxLimit <= 0 ? MAX_PAGE_ROWS : maxLimit, MAX_PAGE_ROWS);
        // An empty field of a form is no value.
        if (limit != null && limit.isBlank()) limit = null;
        if (offset != null && offset.isBlank()) offset = null;
        Long l = limit == null ? null : whole("limit", limit, 1, max);
        Long o = offset == null ? null : whole("offset", offset, 0, MAX_OFFSET);
        if (l == null && o == null) return bound;
        Query q = bound.cloneQuery();
        // Within a query that pages itself, the page is a page of its rows.
        long start = q.hasOffset() ? q.getOffset() : 0;
        long end = q.hasLimit() ? start + q.getLimit() : Long.MAX_VALUE;
        long from = start + (o == null ? 0 : o);
        long to = l == null ? end : Math.min(end, from + l);
        q.setOffset(from == 0 ? Query.NOLIMIT : from);
        q.setLimit(to == Long.MAX_VALUE ? Query.NOLIMIT : Math.max(0, to - from));
        return q;
    }

    private static long whole(String name, String text, long min, long max) {
        long v;
        try {
            v = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", not: " + text);
        }
        if (v < min || v > max) throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", not " + v
                + (name.equals("limit") && v > max ? " (ask for the next rows with offset)" : ""));
        return v;
    }

    /** This query with one more form, read from the text of {@code queries/anchored/NAME.rq}. */
    public CannedQuery withForm(String text) {
        Set<String> anchors = new java.util.LinkedHashSet<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#") && l.substring(1).strip().startsWith("anchor:")) {
                for (String a : l.substring(1).strip().substring(7).strip().split("[\\s,]+")) if (!a.isEmpty()) anchors.add(a);
            }
        }
        if (anchors.isEmpty()) throw new IllegalArgumentException("no '# anchor: PARAM' line says when this form is used");
        for (String a : anchors) {
            if (params.stream().noneMatch(p -> p.name().equals(a))) {
                throw new IllegalArgumentException("anchor '" + a + "' is no parameter of queries/" + name + ".rq");
            }
        }
        Query form = QueryFactory.create(text);
        // One ORDER BY for both forms: the query's own.
        if (form.getOrderBy() != null) form.getOrderBy().clear();
        if (query.getOrderBy() != null) query.getOrderBy().forEach(form::addOrderBy);
        List<Form> all = new ArrayList<>(forms);
        all.add(new Form(Set.copyOf(anchors), form));
        return new CannedQuery(name, title, description, params, query, List.copyOf(all));
    }

    /** The query with the given parameters bound; unknown names, missing required ones and malformed values are refused. */
    public Query bind(Map<String, String> values) {
        return bind(values, true);
    }

    /**
     * The query with the given parameters bound, in the first form whose anchors are all given when
     * {@code anchored} (the form that starts from their values), else in the query's own form.
     */
    public Query bind(Map<String, String> values, boolean anchored) {
        Map<Var, Node> map = new LinkedHashMap<>();
        Map<String, Param> byName = new LinkedHashMap<>();
        for (Param p : params) byName.put(p.name(), p);
        for (Param p : params) {
            if (!p.optional() && !values.containsKey(p.name())) {
                throw new IllegalArgumentException("query '" + name + "' needs parameter '" + p.name() + "' (" + p.type() + ": " + p.description() + ")");
            }
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            Param p = byName.get(e.getKey());
            if (p == null) {
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + e.getKey() + "' ("
                        + (byName.isEmpty() ? "it takes none" : "it has: " + String.join(", ", byName.keySet())) + ")");
            }
            map.put(Var.alloc(p.name()), node(p, e.getValue()));
        }
        Query query = this.query;
        if (anchored) {
            for (Form f : forms) {
                if (values.keySet().containsAll(f.anchors())) {
                    query = f.query();
                    break;
                }
            }
        }
        if (map.isEmpty()) return query;
        // An inline VALUES block opening the WHERE clause: the values are joined as terms, the
        // query text is never touched, and a parameter may be grouped on, projected or tested
        // with BOUND() like any variable.
        Query q = query.cloneQuery();
        q.setQueryPattern(withValues(map, q.getQueryPattern()));
        return q;
    }

    /**
     * The pattern opened by the values, and each sub-select in it that groups by a parameter
     * opened by that parameter's value too: every row of the query has the parameter's value, so
     * the sub-select's groups for other values could join nothing, and ARQ then reads only the
     * group asked for, through the indexes, instead of every group. Only where the sub-select binds
     * the variable in every row (else its unbound rows could join too), keeps it as it is, and
     * has no LIMIT or OFFSET.
     */
    private static Element withValues(Map<Var, Node> values, Element pattern) {
        ElementGroup where = new ElementGroup();
        where.addElement(data(values));
        Element inner = pushDown(values, pattern);
        if (inner instanceof ElementGroup g) g.getElements().forEach(where::addElement);
        else where.addElement(inner);
        return where;
    }

    private static ElementData data(Map<Var, Node> values) {
        BindingBuilder row = Binding.builder();
        values.forEach(row::add);
        return new ElementData(new ArrayList<>(values.keySet()), List.of(row.build()));
    }

    private static Element pushDown(Map<Var, Node> values, Element e) {
        if (e instanceof ElementGroup g) {
            ElementGroup out = new ElementGroup();
            g.getElements().forEach(x -> out.addElement(pushDown(values, x)));
            return out;
        }
        if (e instanceof ElementOptional o) return new ElementOptional(pushDown(values, o.getOptionalElement()));
        if (e instanceof ElementUnion u) {
            ElementUnion out = new ElementUnion();
            u.getElements().forEach(x -> out.addElement(pushDown(values, x)));
            return out;
        }
        if (e instanceof ElementSubQuery sq) {
            Query sub = sq.getQuery();
            Map<Var, Node> here = new LinkedHashMap<>();
            if (sub.hasGroupBy() && !sub.hasLimit() && !sub.hasOffset()) {
                Set<Var> fixed = OpVars.fixedVars(Algebra.compile(sub.getQueryPattern()));
                values.forEach((v, n) -> {
                    if (sub.getProject().getVars().contains(v) && !sub.getProject().hasExpr(v)
                            && sub.getGroupBy().getVars().contains(v) && sub.getGroupBy().getExpr(v) == null
                            && fixed.contains(v)) here.put(v, n);
                });
            }
            if (here.isEmpty()) return e;
            Query copy = sub.cloneQuery();
            copy.setQueryPattern(withValues(here, copy.getQueryPattern()));
            return new ElementSubQuery(copy);
        }
        return e;
    }

    static Node node(Param p, String value) {
        switch (p.type()) {
            case "integer" -> {
                try {
                    return NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value.strip())), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("parameter '" + p.name() + "' must be a whole number, not: " + value);
                }
            }
            case "iri", "state" -> {
                String v = value.strip();
                if (p.type().equals("state") && v.matches("[A-Za-z]{2}")) v = "https://w3id.org/chancery/id/state/" + v.toUpperCase();
                if (v.startsWith("<") && v.endsWith(">")) v = v.substring(1, v.length() - 1);
                if (!IRIs.check(v) || v.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}')) {
                    String expected = p.type().equals("state")
                            ? "a two-letter ISO 3166 code (KZ) or the IRI of a state"
                            : "an absolute IRI such as https://w3id.org/chancery/id/state/KZ";
                    throw new IllegalArgumentException("parameter '" + p.name() + "' must be " + expected
                            + " (no spaces, quotes, braces or angle brackets inside), not: " + value);
                }
                return NodeFactory.createURI(v);
            }
            default -> {
                return NodeFactory.createLiteralString(value);
            }
        }
    }
}
