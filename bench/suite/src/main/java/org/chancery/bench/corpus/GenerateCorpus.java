package org.chancery.bench.corpus;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The corpus generator on its own (`bench/run.sh generate …`), to look at or reuse a corpus. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes N generated documents (doc-NNNNNN.txt) and their facts (doc-NNNNNN.facts.tsv) into a folder.")
public final class GenerateCorpus implements Callable<Integer> {
    @Option(names = "--documents", defaultValue = "1000", description = "How many (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}); the same seed gives the same corpus.")
    long seed;

    @Option(names = "--mappings", paramLabel = "DIR", description = "The mappings folder (default: mappings/ of the checkout).")
    Path mappings;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Where to write.")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCorpus()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Cast cast = Cast.read(mappings != null ? mappings : Cast.findMappings(Path.of("")));
        CorpusGenerator.GeneratedCorpus c = new CorpusGenerator(cast, seed).write(out, documents);
        System.err.printf("generated %,d documents, %,d words, in %s%n", c.documents(), c.words(), c.folder());
        return 0;
    }
}
