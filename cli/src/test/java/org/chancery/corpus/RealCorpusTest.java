package org.chancery.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chancery.Fixtures;
import org.chancery.check.Gold;
import org.chancery.check.QualityReport;
import org.junit.jupiter.api.Test;

/**
 * Floors on the real news of corpus/real (the articles of ../shared/corpus/SOURCES*.md, fetched by each
 * developer into the git-ignored corpus/real: see examples/real/README.md) against the gold written
 * from their texts, examples/real/gold.tsv. A clone without the articles skips it and says so.
 */
class RealCorpusTest {
    /** Raised as the extractor improves, never lowered. */
    static final double MIN_PRECISION = 0.87, MIN_RECALL = 0.74;
    /** The floors mean something only over enough of the corpus. */
    static final int MIN_GOLD_ROWS = 800;

    @Test
    void precisionAndRecallOnTheRealArticles() throws Exception {
        Path real = Fixtures.root().resolve("corpus/real");
        assumeTrue(Files.isDirectory(real),
                "corpus/real is absent (the real articles are never committed; examples/real/README.md says how to fetch them): skipped");
        // The articles are named as SOURCES*.md lists them ("NN-lang-…"); a fetch report beside them is not one.
        List<Path> articles = Inputs.expand(List.of(real.toString())).files.stream()
                .filter(f -> f.getFileName().toString().matches("\\d{2}-.*")).toList();
        assumeTrue(!articles.isEmpty(), "corpus/real holds no article: skipped");
        var union = Fixtures.convert(articles).getUnionGraph();
        QualityReport q = QualityReport.compute(Gold.read(Fixtures.root().resolve("examples/real/gold.tsv")), union, true);
        System.out.print(q.table());
        assertTrue(q.overall().gold() >= MIN_GOLD_ROWS,
                "only " + q.overall().gold() + " gold rows among the fetched articles (at least " + MIN_GOLD_ROWS + " for a meaningful floor)");
        assertTrue(q.overall().precision() >= MIN_PRECISION, "precision " + q.overall().precision());
        assertTrue(q.overall().recall() >= MIN_RECALL, "recall " + q.overall().recall());
    }
}
