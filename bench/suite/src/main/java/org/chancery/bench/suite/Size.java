package org.chancery.bench.suite;

import java.util.List;

/**
 * How big a run is. {@code quick} is the smoke test's (seconds), {@code small} a development run
 * (minutes), {@code full} the sizes (1k/10k/100k documents, 1M/10M quads; an hour or more).
 */
public enum Size {
    QUICK(List.of(20), List.of(20_000L), 1, 3, 1, 1),
    SMALL(List.of(100, 1_000), List.of(200_000L), 1, 20, 10, 5),
    FULL(List.of(1_000, 10_000, 100_000), List.of(1_000_000L, 10_000_000L), 1, 50, 20, 30);

    /** Documents per convert run; quads per load input (the last one is the store the queries run on). */
    public final List<Integer> documents;
    public final List<Long> quads;
    public final int loadRuns;
    /** Timed runs of each query (fewer when a query exceeds its time budget), seconds per query, seconds of the HTTP load. */
    public final int queryRuns;
    public final int queryBudgetSeconds;
    public final int throughputSeconds;

    Size(List<Integer> documents, List<Long> quads, int loadRuns, int queryRuns, int queryBudgetSeconds, int throughputSeconds) {
        this.documents = documents;
        this.quads = quads;
        this.loadRuns = loadRuns;
        this.queryRuns = queryRuns;
        this.queryBudgetSeconds = queryBudgetSeconds;
        this.throughputSeconds = throughputSeconds;
    }
}
