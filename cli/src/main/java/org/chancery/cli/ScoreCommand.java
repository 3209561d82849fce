package org.chancery.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.chancery.check.Gold;
import org.chancery.check.QualityReport;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chancery score}: precision and recall of extraction against a gold annotation. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Convert the documents together and score what was extracted against a gold annotation (a TSV of "
                + "entity and relation rows, see examples/gold.tsv): per class and overall, how many gold items, emitted "
                + "items, gold items matched, emitted items correct, precision and recall. --verbose lists the misses and "
                + "the spurious items. Exit 0 once scored.")
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD.tsv", description = "The gold annotation.")
    Path goldFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT", description = "Documents or folders, converted together.")
    List<String> inputs = List.of();

    @Option(names = {"-v", "--verbose"}, description = "Also list the gold rows not found and the emitted items no gold row accounts for.")
    boolean verbose;

    @Option(names = "--inputs-only", description = "Score only the gold documents among the inputs (a subset of the "
            + "annotated corpus); by default a gold document missing from the inputs counts all its rows as misses.")
    boolean inputsOnly;

    @Mixin
    ReadOptions read;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(goldFile)) throw new ParameterException(spec.commandLine(), goldFile + ": no such gold file");
        Gold gold = Gold.read(goldFile);
        Inputs in = Inputs.expand(inputs);
        in.problems.forEach(p -> spec.commandLine().getErr().println("chancery: " + p));
        Corpus.Report report = read.corpus().convert(in.files, read.date, System.in);
        report.problems().forEach(p -> spec.commandLine().getErr().println("chancery: " + p));
        DatasetGraph dsg = DatasetGraphFactory.create();
        Corpus.emit(report.documents(), StreamRDFLib.dataset(dsg));
        QualityReport q = QualityReport.compute(gold, dsg.getUnionGraph(), inputsOnly);
        q.warnings().forEach(w -> spec.commandLine().getErr().println("chancery: " + w));
        var out = spec.commandLine().getOut();
        out.print(q.table());
        if (verbose) {
            out.println();
            out.print(q.details());
        }
        out.flush();
        return 0;
    }
}
