package org.chancery.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancery.corpus.Corpus;
import org.chancery.document.DocumentReader;
import org.chancery.mapping.MappingLoader;
import org.chancery.mapping.Mappings;
import picocli.CommandLine.Option;

/** Options shared by the commands that read documents. */
final class ReadOptions {
    @Option(names = "--mappings", paramLabel = "DIR", description = "An extra folder of mappings (*.ttl), read after the bundled ones. Repeatable.")
    List<Path> mappings = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of the documents, when they do not state one.")
    LocalDate date;

    @Option(names = "--max-size", paramLabel = "MiB", defaultValue = "20", description = "Largest input accepted, in MiB (default: ${DEFAULT-VALUE}).")
    long maxSizeMiB;

    @Option(names = "--threads", paramLabel = "N", description = "Documents read in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    Corpus corpus() {
        Mappings m = MappingLoader.load(mappings);
        long max = maxSizeMiB <= 0 ? DocumentReader.DEFAULT_MAX_BYTES : maxSizeMiB * 1024 * 1024;
        return new Corpus(m, max, threads);
    }
}
