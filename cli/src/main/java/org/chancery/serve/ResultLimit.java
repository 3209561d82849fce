package org.chancery.serve;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;

/**
 * The most rows one answer may hold, from the server's {@code ja:context} entry
 * {@code chancery:resultLimit} in {@code fuseki-config/chancery.ttl}. Fuseki and ARQ have a
 * time limit but no row limit, so Chancery applies this one as a LIMIT on the query it runs.
 */
public record ResultLimit(long rows) {
    public static final String CONTEXT_NAME = "chancery:resultLimit";

    /** The limit the configuration sets; none (0) when it sets none. A value that is not a positive number is refused at start-up. */
    public static ResultLimit of(Model config) {
        String text = FusekiConfig.contextValue(config, CONTEXT_NAME);
        if (text == null) return new ResultLimit(0);
        try {
            long rows = Long.parseLong(text);
            if (rows > 0) return new ResultLimit(rows);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("fuseki-config/chancery.ttl: " + CONTEXT_NAME + " must be a positive whole number of rows, not '" + text + "'");
    }

    /** The query, with its LIMIT lowered to this one when it has none or a larger one. ASK is left alone. */
    public Query apply(Query query) {
        if (rows <= 0 || query.isAskType()) return query;
        if (query.hasLimit() && query.getLimit() <= rows) return query;
        Query capped = query.cloneQuery();
        capped.setLimit(rows);
        return capped;
    }
}
