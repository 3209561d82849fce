package org.chancery.serve;

import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;

/**
 * The time a query may run, from the server's {@code ja:context} entry {@code arq:queryTimeout} in
 * {@code fuseki-config/chancery.ttl} ("30000,60000": to the first result, then in all; milliseconds).
 * Fuseki would copy that entry into ARQ's process-wide context, where the last server started would
 * set it for every query of the process; Chancery keeps it from Fuseki and gives each server's queries its own.
 */
public record QueryTimeout(long firstResultMillis, long overallMillis) {
    public static final String CONTEXT_NAME = "arq:queryTimeout";

    /** The timeout the configuration sets; none (-1, -1) when it sets none. A value that is not one is refused at start-up. */
    public static QueryTimeout of(Model config) {
        String text = FusekiConfig.contextValue(config, CONTEXT_NAME);
        if (text == null) return new QueryTimeout(-1, -1);
        Pair<Long, Long> parsed = text.isEmpty() ? null : Timeouts.parseTimeoutStr(text, TimeUnit.MILLISECONDS);
        if (parsed == null) {
            throw new IllegalStateException("fuseki-config/chancery.ttl: " + CONTEXT_NAME + " must be milliseconds, "
                    + "\"N\" or \"FIRST,OVERALL\", not '" + text + "'");
        }
        return new QueryTimeout(parsed.getLeft(), parsed.getRight());
    }

    /**
     * Sets this timeout on a query about to run; {@code askedSeconds}, a client's own {@code timeout}
     * parameter (SPARQL protocol, seconds), may shorten it, never lengthen it.
     */
    public QueryExecDatasetBuilder apply(QueryExecDatasetBuilder exec, String askedSeconds) {
        long first = firstResultMillis, overall = overallMillis;
        Pair<Long, Long> asked = askedSeconds == null ? null : Timeouts.parseTimeoutStr(askedSeconds, TimeUnit.SECONDS);
        if (asked != null) {
            first = shorter(first, asked.getLeft());
            overall = shorter(overall, asked.getRight());
        }
        if (first > 0) exec.initialTimeout(first, TimeUnit.MILLISECONDS);
        if (overall > 0) exec.overallTimeout(overall, TimeUnit.MILLISECONDS);
        return exec;
    }

    /** The shorter of two timeouts, where 0 or less means none. */
    private static long shorter(long a, long b) {
        if (a <= 0) return b;
        if (b <= 0) return a;
        return Math.min(a, b);
    }
}
