package org.chancery.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chancery.store.Store;
import org.chancery.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chancery stats}: what a store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "What a store holds: documents, graphs, quads, triples, individuals per class, and the span of its dates.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
    Path store;

    @Override
    public Integer call() {
        if (!Store.exists(store)) {
            spec.commandLine().getErr().println("chancery: " + store + ": no store there (create one with `chancery load --store " + store + " …`)");
            return 1;
        }
        StoreStats s;
        try (Store st = Store.open(store)) {
            s = StoreStats.of(st);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Store %s%n", store.toAbsolutePath());
        row(out, "documents", s.documents());
        row(out, "named graphs", s.graphs());
        row(out, "quads", s.quads());
        row(out, "triples (union)", s.triples());
        out.println("Individuals");
        for (Map.Entry<String, Long> e : s.entities().entrySet()) row(out, e.getKey(), e.getValue());
        out.println("Dates");
        dates(out, "dip:date", s.eventDates(), "value(s) on meetings, resolutions");
        dates(out, "dcterms:date", s.documentDates(), "document(s) dated");
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, long n) {
        out.printf("  %-16s %,12d%n", name, n);
    }

    private static void dates(PrintWriter out, String name, StoreStats.DateRange r, String what) {
        if (r.values() == 0) out.printf("  %-16s none%n", name);
        else out.printf("  %-16s %s … %s  (%,d %s)%n", name, r.earliest(), r.latest(), r.values(), what);
    }
}
