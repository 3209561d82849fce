package org.chancery.bench.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chancery.bench.corpus.Cast;
import org.chancery.bench.corpus.CorpusGenerator;
import org.chancery.bench.corpus.Language;
import org.chancery.document.Document;
import org.chancery.extract.AcronymStage;
import org.chancery.extract.AgreementStage;
import org.chancery.extract.DateStage;
import org.chancery.extract.DocumentReading;
import org.chancery.extract.EncounterStage;
import org.chancery.extract.FunctionWords;
import org.chancery.extract.GazetteerStage;
import org.chancery.extract.LanguageStage;
import org.chancery.extract.MeetingStage;
import org.chancery.extract.MembershipStage;
import org.chancery.extract.OfficialStage;
import org.chancery.extract.Pipeline;
import org.chancery.extract.ResolutionStage;
import org.chancery.extract.SentenceStage;
import org.chancery.extract.Stage;
import org.chancery.mapping.Home;
import org.chancery.mapping.MappingLoader;
import org.chancery.mapping.Mappings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each extraction stage alone on one generated paragraph (an event sentence and a few background
 * sentences), with the earlier stages already run on a fresh reading, and the whole pipeline.
 * The stages are those of {@link Pipeline}, in its order.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExtractionBenchmark {
    /** A stage name as {@link #stages} gives it, or "pipeline" for all of them on one document. */
    @Param({"pipeline", "language", "sentences", "gazetteer", "acronyms", "dates", "officials", "meetings", "resolutions",
            "agreements", "memberships"})
    public String stage;

    @Param({"en", "fr"})
    public String language;

    private Pipeline pipeline;
    private Map<String, Stage> stages;
    private Document document;
    private DocumentReading reading;
    private Stage measured;
    /** Sentences in the paragraph, to turn a time per paragraph into a time per sentence. */
    public int sentences;

    /** Chancery's stages, in {@link Pipeline}'s order (it keeps its list private). */
    static Map<String, Stage> stages(Mappings m) {
        Map<String, Stage> s = new LinkedHashMap<>();
        s.put("language", new LanguageStage(m));
        s.put("sentences", new SentenceStage());
        s.put("gazetteer", new GazetteerStage(m.gazetteer(), FunctionWords.of(m)));
        s.put("acronyms", new AcronymStage(m));
        s.put("dates", new DateStage(m));
        s.put("officials", new OfficialStage(m));
        s.put("meetings", new MeetingStage(m));
        s.put("encounters", new EncounterStage(m));
        s.put("resolutions", new ResolutionStage(m));
        s.put("agreements", new AgreementStage(m));
        s.put("memberships", new MembershipStage(m));
        return s;
    }

    /** The first paragraph of the first generated document in {@code language}. */
    static Document paragraph(String language) {
        CorpusGenerator g = new CorpusGenerator(Cast.read(Cast.findMappings(Home.root() != null ? Home.root() : java.nio.file.Path.of("."))), 42);
        Language want = language.equals("fr") ? Language.FR : Language.EN;
        for (int i = 0; ; i++) {
            CorpusGenerator.Generated d = g.document(i);
            if (d.language() != want) continue;
            String[] parts = d.text().split("\n\n");
            String text = parts[0] + "\n\n" + parts[1] + "\n";
            return new Document("bench-" + language, "bench-" + language + ".txt", parts[0], text, null, "text");
        }
    }

    /** Loaded once per JVM: in a run without forks every trial would read the mappings again. */
    private static Mappings mappings;
    private static final Map<String, Document> PARAGRAPHS = new java.util.concurrent.ConcurrentHashMap<>();

    private static synchronized Mappings mappings() {
        if (mappings == null) mappings = MappingLoader.load(List.of());
        return mappings;
    }

    @Setup(Level.Trial)
    public void prepare() {
        Mappings m = mappings();
        pipeline = new Pipeline(m);
        stages = stages(m);
        document = PARAGRAPHS.computeIfAbsent(language, ExtractionBenchmark::paragraph);
        if (!stage.equals("pipeline") && !stages.containsKey(stage)) throw new IllegalArgumentException("no stage " + stage);
        measured = stages.get(stage);
        sentences = pipeline.read(document).sentences.size();
    }

    /** A fresh reading on which every stage before the measured one has run. */
    @Setup(Level.Invocation)
    public void freshReading() {
        reading = new DocumentReading(document);
        if (measured == null) return;
        List<Stage> before = new ArrayList<>();
        for (Map.Entry<String, Stage> e : stages.entrySet()) {
            if (e.getKey().equals(stage)) break;
            before.add(e.getValue());
        }
        for (Stage s : before) s.process(reading);
    }

    @Benchmark
    public Object extract() {
        if (measured == null) return pipeline.read(document);
        measured.process(reading);
        return reading;
    }
}
