package org.chancery.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chancery convert}: documents to RDF. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert documents (text, HTML, Markdown) to RDF. Documents converted together are resolved together: "
                + "one IRI per entity and event.")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, defaultValue = "ttl", description = "ttl, trig, nq, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "A file (one dataset) or a folder (one file per document, when it exists or ends with /). Default: standard output.")
    String output;

    @Mixin
    ReadOptions read;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        RDFFormat f;
        try {
            f = Output.format(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Inputs in = Inputs.expand(inputs);
        var err = spec.commandLine().getErr();
        in.problems.forEach(p -> err.println("chancery: " + p));
        long t0 = System.nanoTime();
        List<String> unwritten = java.util.Collections.synchronizedList(new ArrayList<>());
        Corpus.Report report;
        if (output != null && (output.endsWith("/") || Files.isDirectory(Path.of(output)))) {
            // One file per document, written by the thread that resolved it, as soon as it is resolved.
            Path dir = Path.of(output);
            long prettyLimit = Output.prettyLimitPerFile(in.files.size());
            report = read.corpus().convert(in.files, read.date, System.in, List.of(), Corpus.Delivery.AS_READY, d -> {
                Path target = dir.resolve(d.document.id() + "." + Output.extension(f));
                write(target, out -> Output.write(List.of(d), f, out, prettyLimit), unwritten);
            });
        } else {
            Output.Gathered all = new Output.Gathered(f);
            report = read.corpus().convert(in.files, read.date, System.in, List.of(), Corpus.Delivery.IN_ORDER, all);
            if (output == null) {
                all.write(System.out);
                System.out.flush();
                if (System.out.checkError()) unwritten.add("standard output: cannot write");
            } else {
                write(Path.of(output), all::write, unwritten);
            }
        }
        report.problems().forEach(p -> err.println("chancery: " + p));
        unwritten.forEach(p -> err.println("chancery: " + p));
        double secs = (System.nanoTime() - t0) / 1e9;
        int failed = in.problems.size() + report.problems().size() + unwritten.size();
        err.printf("chancery: converted %d document(s), %d word(s) in %.2f s%s%n", report.converted(), report.words(), secs,
                failed > 0 ? "; " + failed + " failed" : "");
        return failed == 0 ? 0 : 1;
    }

    /** One output file; a failure (a full disk, a folder that cannot be written) is reported by name and the rest go on. */
    private static void write(Path target, Output.IoWriter writer, List<String> unwritten) {
        try {
            Output.atomically(target, writer);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
            unwritten.add(target + ": cannot write (" + why + "); nothing was written there");
        }
    }
}
