package org.chancery.cli;

import java.util.concurrent.Callable;
import org.chancery.serve.CannedQuery;
import org.chancery.serve.QueryRegistry;
import picocli.CommandLine.Command;

/** {@code chancery queries}: the canned queries and their parameters. */
@Command(name = "queries", mixinStandardHelpOptions = true, description = "List the canned queries of queries/ with their parameters.")
final class QueriesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (CannedQuery q : QueryRegistry.load().all().values()) {
            System.out.printf("%-24s %s%n", q.name(), q.title());
            if (!q.description().isEmpty()) System.out.printf("%-24s   %s%n", "", q.description());
            for (CannedQuery.Param p : q.params()) System.out.printf("%-24s   --param %s=… (%s) %s%n", "", p.name(), p.type(), p.description());
        }
        return 0;
    }
}
