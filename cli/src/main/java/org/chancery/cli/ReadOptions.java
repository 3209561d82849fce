package org.chancery.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancery.corpus.Corpus;
import org.chancery.mapping.MappingLoader;
import org.chancery.mapping.Mappings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that read documents. */
final class ReadOptions {
    @Option(names = "--mappings", paramLabel = "DIR", description = "An extra folder of mappings (*.ttl), read after the bundled ones. Repeatable.")
    List<Path> mappings = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of the documents, when they do not state one.")
    LocalDate date;

    /** A document is read whole into memory (a Java array holds under 2 GiB): the limit keeps it bounded. */
    static final long MAX_SIZE_LIMIT = 1024;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    long maxSizeMiB = 20;

    @Option(names = "--max-size", paramLabel = "MiB", defaultValue = "20",
            description = "Largest input accepted, in MiB, 1 to 1024 (default: ${DEFAULT-VALUE}). Larger inputs are refused by name.")
    void maxSize(long mib) {
        if (mib < 1 || mib > MAX_SIZE_LIMIT) {
            throw new ParameterException(mixee.commandLine(), "--max-size must be between 1 and " + MAX_SIZE_LIMIT + " MiB, not " + mib);
        }
        maxSizeMiB = mib;
    }

    @Option(names = "--threads", paramLabel = "N", description = "Documents read in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No progress on the standard error (problems are still reported).")
    boolean quiet;

    /** The conversion, telling its progress on the command's standard error unless --quiet. */
    Corpus corpus() {
        Mappings m = MappingLoader.load(mappings);
        return new Corpus(m, maxSizeMiB * 1024 * 1024, threads).reporting(progress());
    }

    /** Progress of some work of the command on its standard error, or nothing with --quiet. */
    org.chancery.corpus.Progress progress() {
        return ProgressLine.of(mixee.commandLine().getErr(), mixee.name(), quiet);
    }
}
