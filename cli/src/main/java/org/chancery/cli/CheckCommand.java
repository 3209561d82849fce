package org.chancery.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.chancery.check.CheckSuite;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chancery check}: ASK checks over converted documents or a store. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run ASK checks (each headed '#> id: text') over documents converted together, or over a store. "
                + "Prints PASS/FAIL per check and 'N passed, M failed'; exit 1 when any fails.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERIES.rq", description = "The checks file.")
    Path checks;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "INPUT", description = "Documents or folders to convert and check.")
    List<String> inputs = List.of();

    @Option(names = "--store", paramLabel = "DIR", description = "Check a store instead of converting inputs.")
    Path store;

    @Mixin
    ReadOptions read;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(checks)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), checks + ": no such checks file");
        if (store == null && inputs.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give INPUT documents or --store DIR");
        CheckSuite suite = CheckSuite.parse(Files.readString(checks, StandardCharsets.UTF_8), checks.toString());
        List<CheckSuite.Outcome> outcomes;
        if (store != null) {
            try (Store s = Store.open(store)) {
                outcomes = s.read(() -> suite.run(s.dataset().getUnionGraph()));
            }
        } else {
            Inputs in = Inputs.expand(inputs);
            in.problems.forEach(p -> spec.commandLine().getErr().println("chancery: " + p));
            Corpus.Report report = read.corpus().convert(in.files, read.date, System.in);
            report.problems().forEach(p -> spec.commandLine().getErr().println("chancery: " + p));
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            Corpus.emit(report.documents(), StreamRDFLib.dataset(dsg));
            outcomes = suite.run(dsg.getUnionGraph());
        }
        int passed = 0;
        for (CheckSuite.Outcome o : outcomes) {
            if (o.passed()) passed++;
            System.out.printf("%s  %s: %s%s%n", o.passed() ? "PASS" : "FAIL", o.check().id(), o.check().text(),
                    o.error() == null ? "" : " (" + o.error() + ")");
        }
        System.out.printf("%d passed, %d failed%n", passed, outcomes.size() - passed);
        return passed == outcomes.size() ? 0 : 1;
    }
}
