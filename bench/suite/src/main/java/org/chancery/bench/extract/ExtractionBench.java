package org.chancery.bench.extract;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.chancery.bench.suite.ResultTable;
import org.chancery.extract.Pipeline;
import org.chancery.mapping.MappingLoader;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link ExtractionBenchmark} through JMH and puts a time per sentence for each stage in the table. */
public final class ExtractionBench {
    private final Path home;
    private final Path log;
    private final boolean quick;

    /** {@code quick}: in this JVM, one short iteration (a smoke run, not a measurement). */
    public ExtractionBench(Path home, Path log, boolean quick) {
        this.home = home;
        this.log = log;
        this.quick = quick;
    }

    public void run(ResultTable table) throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName() + ".extract")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL)
                .output(log.toString())
                .jvmArgsAppend("-Xmx1g", "-Dchancery.home=" + home.toAbsolutePath());
        if (quick) {
            // A smoke run: the whole pipeline and one stage, in English.
            o.param("stage", "pipeline", "gazetteer").param("language", "en");
            o.forks(0).warmupIterations(1).warmupTime(TimeValue.milliseconds(50)).measurementIterations(1).measurementTime(TimeValue.milliseconds(100));
        } else {
            o.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1)).measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(o.build()).run();
        Pipeline pipeline = new Pipeline(MappingLoader.load(List.of()));
        for (String lang : quick ? List.of("en") : List.of("en", "fr")) {
            int sentences = pipeline.read(ExtractionBenchmark.paragraph(lang)).sentences.size();
            for (RunResult r : results) {
                if (!r.getParams().getParam("language").equals(lang)) continue;
                String stage = r.getParams().getParam("stage");
                double perParagraph = r.getPrimaryResult().getScore();
                table.add("extract (JMH)", stage.equals("pipeline") ? "whole pipeline" : "stage: " + stage,
                        "1 paragraph, " + sentences + " sentences, " + lang, "µs per sentence",
                        String.format(Locale.ROOT, "%.1f", perParagraph / Math.max(1, sentences)));
            }
        }
    }
}
