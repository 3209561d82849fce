package org.chancery.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.query.DatasetFactory;
import org.chancery.serve.CannedQuery;
import org.chancery.serve.QueryRegistry;
import org.chancery.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chancery query}: run a canned query against a store or an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a canned query of queries/ (see `chancery queries`) against a store or a SPARQL endpoint.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The query's name.")
    String name;

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "A TDB2 store folder.")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint, e.g. http://localhost:3030/chancery/sparql")
        String endpoint;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter of the query. Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (one page; 1 to 1,000,000).")
    String pageLimit;

    @Option(names = "--offset", paramLabel = "M", description = "Skip the first M rows (in the query's order), e.g. to read the next page.")
    String pageOffset;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        CannedQuery q = QueryRegistry.load().get(name);
        if (q == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "no query named '" + name + "' (try: " + String.join(", ", QueryRegistry.load().all().keySet()) + ")");
        }
        if (!format.matches("table|csv|json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "' (use table, csv or json)");
        }
        Query query;
        try {
            query = CannedQuery.page(q.bind(params), pageLimit, pageOffset, 0);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (target.endpoint != null) {
            try (QueryExecution qe = QueryExecutionHTTP.service(target.endpoint).query(query).build()) {
                print(qe.execSelect());
            }
        } else {
            try (Store s = Store.open(target.store)) {
                s.read(() -> {
                    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(s.dataset())).query(query).build()) {
                        print(qe.execSelect());
                    }
                    return null;
                });
            }
        }
        return 0;
    }

    private void print(ResultSet rs) {
        switch (format) {
            case "csv" -> ResultSetFormatter.outputAsCSV(System.out, rs);
            case "json" -> ResultSetFormatter.outputAsJSON(System.out, rs);
            default -> ResultSetFormatter.out(System.out, rs, Output.PREFIXES);
        }
        System.out.flush();
    }
}
