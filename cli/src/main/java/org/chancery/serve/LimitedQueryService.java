package org.chancery.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/** Fuseki's SPARQL query handler, with this server's row limit, time limit and SERVICE access applied to every query it runs. */
final class LimitedQueryService extends SPARQL_QueryDataset {
    private final ResultLimit limit;
    private final QueryTimeout timeout;
    private final ServiceAccess services;

    LimitedQueryService(ResultLimit limit, QueryTimeout timeout, ServiceAccess services) {
        this.limit = limit;
        this.timeout = timeout;
        this.services = services;
    }

    /** A query calling a SERVICE this server may not call is refused before it runs (400, saying which and why). */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        String refusal = services.refusal(query);
        if (refusal != null) ServletOps.errorBadRequest(refusal);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        return Pair.create(chosen.getLeft(), limit.apply(chosen.getRight()));
    }

    /** As Fuseki's, with this server's timeout rather than the process-wide one. */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return timeout.apply(QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext()),
                action.getRequestParameter("timeout")).build();
    }
}
