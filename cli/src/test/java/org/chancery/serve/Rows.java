package org.chancery.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Result rows as comparable text, whatever client read them: each row its variables and terms, rows
 * sorted (a multiset). A term is written {@code <iri>}, {@code "lexical"@lang} or
 * {@code "lexical"^^<datatype>} (a plain string with its xsd:string), blank nodes as {@code _:}.
 */
final class Rows {
    private Rows() {}

    static List<String> of(Iterator<Binding> rows) {
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(b -> {
            TreeMap<String, String> row = new TreeMap<>();
            for (Iterator<Var> vars = b.vars(); vars.hasNext();) {
                Var v = vars.next();
                Node n = b.get(v);
                if (n != null) row.put(v.getVarName(), term(n));
            }
            out.add(row.toString());
        });
        out.sort(null);
        return out;
    }

    static String term(Node n) {
        if (n.isURI()) return "<" + n.getURI() + ">";
        if (n.isBlank()) return "_:";
        String lang = n.getLiteralLanguage();
        return "\"" + n.getLiteralLexicalForm() + "\"" + (lang.isEmpty() ? "^^<" + n.getLiteralDatatypeURI() + ">" : "@" + lang);
    }

    static List<String> of(List<Binding> rows) {
        return of(rows.iterator());
    }
}
