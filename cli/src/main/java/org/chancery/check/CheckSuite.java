package org.chancery.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * ASK checks in the format of the acceptance file: a prologue of PREFIX lines, then checks each
 * headed {@code #> id: what it says} and followed by one ASK query. Users keep their data tests so.
 */
public final class CheckSuite {

    public record Check(String id, String text, Query query) {}

    public record Outcome(Check check, boolean passed, String error) {}

    private final List<Check> checks;

    private CheckSuite(List<Check> checks) {
        this.checks = checks;
    }

    public static CheckSuite parse(String text, String name) {
        StringBuilder prologue = new StringBuilder();
        List<String[]> raw = new ArrayList<>();
        String[] current = null;
        StringBuilder body = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#>")) {
                if (current != null) raw.add(new String[] {current[0], current[1], body.toString()});
                String h = l.substring(2).strip();
                int colon = h.indexOf(':');
                current = new String[] {colon > 0 ? h.substring(0, colon).strip() : h, colon > 0 ? h.substring(colon + 1).strip() : ""};
                body = new StringBuilder();
            } else if (current == null) {
                if (l.regionMatches(true, 0, "PREFIX", 0, 6) || l.regionMatches(true, 0, "BASE", 0, 4)) prologue.append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        if (current != null) raw.add(new String[] {current[0], current[1], body.toString()});
        List<Check> checks = new ArrayList<>();
        for (String[] r : raw) {
            try {
                Query q = QueryFactory.create(prologue + r[2]);
                if (!q.isAskType()) throw new IllegalArgumentException(name + ": check '" + r[0] + "' is not an ASK query");
                checks.add(new Check(r[0], r[1], q));
            } catch (QueryParseException e) {
                throw new IllegalArgumentException(name + ": check '" + r[0] + "' does not parse: " + e.getMessage());
            }
        }
        if (checks.isEmpty()) throw new IllegalArgumentException(name + ": no check found (each starts with a line '#> id: text')");
        return new CheckSuite(checks);
    }

    public List<Check> checks() {
        return checks;
    }

    /** Runs every check over a graph (for a store or a converted corpus: the union of its graphs). */
    public List<Outcome> run(Graph graph) {
        List<Outcome> out = new ArrayList<>();
        var model = ModelFactory.createModelForGraph(graph);
        for (Check c : checks) {
            try (QueryExecution qe = QueryExecution.model(model).query(c.query()).build()) {
                out.add(new Outcome(c, qe.execAsk(), null));
            } catch (RuntimeException e) {
                out.add(new Outcome(c, false, e.getMessage()));
            }
        }
        return out;
    }
}
