package org.chancery.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** Fuseki's SPARQL query handler, with the configured row limit applied to every query it runs. */
final class LimitedQueryService extends SPARQL_QueryDataset {
    private final ResultLimit limit;

    LimitedQueryService(ResultLimit limit) {
        this.limit = limit;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        return Pair.create(chosen.getLeft(), limit.apply(chosen.getRight()));
    }
}
