package org.chancery.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chancery.Fixtures;
import org.chancery.check.CheckSuite;
import org.junit.jupiter.api.Test;

/**
 * The contract checks of ../shared/acceptance/seeds.rq over the graph of ../shared/seeds, all
 * converted together. Where ../shared is absent (a user's clone) the test says so and is skipped.
 */
class AcceptanceTest {
    /** Checks that must pass; raised as the extractor improves, never lowered. */
    static final int REQUIRED = 31;

    @Test
    void seedChecks() throws Exception {
        Path shared = Fixtures.root().resolveSibling("shared");
        Path checks = shared.resolve("acceptance/seeds.rq");
        Path seeds = shared.resolve("seeds");
        assumeTrue(Files.isRegularFile(checks) && Files.isDirectory(seeds),
                "../shared is not beside the project (a user's clone): the seed acceptance checks are skipped");
        CheckSuite suite = CheckSuite.parse(Files.readString(checks, StandardCharsets.UTF_8), checks.toString());
        Inputs in = Inputs.expand(List.of(seeds.toString()));
        var union = Fixtures.convert(in.files).getUnionGraph();
        int passed = 0;
        StringBuilder report = new StringBuilder();
        for (CheckSuite.Outcome o : suite.run(union)) {
            if (o.passed()) passed++;
            report.append(o.passed() ? "PASS  " : "FAIL  ").append(o.check().id()).append('\n');
        }
        System.out.print(report);
        System.out.printf("seed acceptance: %d passed, %d failed%n", passed, suite.checks().size() - passed);
        assertTrue(passed >= REQUIRED, "seed checks passed: " + passed + " (at least " + REQUIRED + " required)\n" + report);
    }
}
