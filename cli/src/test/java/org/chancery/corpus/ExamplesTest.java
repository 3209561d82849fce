package org.chancery.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.Fixtures;
import org.chancery.check.CheckSuite;
import org.junit.jupiter.api.Test;

/** The sample corpus of examples/ and the facts written for it beforehand (examples/expected.rq). */
class ExamplesTest {
    /** Expected facts that must hold; raised as the extractor improves, never lowered. */
    static final int REQUIRED = 130;

    @Test
    void expectedFactsOfTheSampleCorpus() throws Exception {
        Path expected = Fixtures.root().resolve("examples/expected.rq");
        CheckSuite suite = CheckSuite.parse(Files.readString(expected, StandardCharsets.UTF_8), expected.toString());
        Inputs in = Inputs.expand(List.of(Fixtures.root().resolve("examples").toString()));
        assertTrue(in.files.size() >= 6, "at least six sample documents");
        var union = Fixtures.convert(in.files).getUnionGraph();
        List<String> failed = new ArrayList<>();
        int passed = 0;
        for (CheckSuite.Outcome o : suite.run(union)) {
            if (o.passed()) passed++;
            else failed.add(o.check().id() + ": " + o.check().text());
        }
        System.out.printf("examples: %d passed, %d failed%n", passed, failed.size());
        failed.forEach(f -> System.out.println("FAIL  " + f));
        assertTrue(passed >= REQUIRED, "expected facts passed: " + passed + " (at least " + REQUIRED + " required); not found:\n"
                + String.join("\n", failed));
    }

    /** Floors of precision and recall against examples/gold.tsv; raised as the extractor improves, never lowered. */
    static final double MIN_PRECISION = 0.95, MIN_RECALL = 0.94;

    @Test
    void precisionAndRecallAgainstTheGoldAnnotation() throws Exception {
        Path gold = Fixtures.root().resolve("examples/gold.tsv");
        Inputs in = Inputs.expand(List.of(Fixtures.root().resolve("examples").toString()));
        var union = Fixtures.convert(in.files).getUnionGraph();
        org.chancery.check.QualityReport q = org.chancery.check.QualityReport.compute(org.chancery.check.Gold.read(gold), union);
        System.out.print(q.table());
        assertTrue(q.overall().precision() >= MIN_PRECISION, "precision " + q.overall().precision());
        assertTrue(q.overall().recall() >= MIN_RECALL, "recall " + q.overall().recall());
    }
}
