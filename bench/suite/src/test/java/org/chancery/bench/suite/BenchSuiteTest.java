package org.chancery.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole harness on a tiny size: every part gives rows with numbers. No timing is judged here. */
class BenchSuiteTest {
    @TempDir
    Path work;

    @Test
    void everyPartOfTheSuiteRunsAndPrintsItsRows() {
        BenchSuite suite = new BenchSuite();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        suite.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        suite.progress = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int code = new CommandLine(suite).execute("--size", "quick", "--docs", "20", "--quads", "20000",
                "--home", Path.of("../..").toAbsolutePath().normalize().toString(), "--work", work.toString());
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        assertTrue(out.contains("Machine: "), out);
        Pattern number = Pattern.compile("\\| [\\d,.]+( |$)");
        for (String part : List.of("| convert, small batch |", "| convert |", "| extract (JMH) |", "| load |", "| query, warm, in process |", "| query over HTTP, 8 clients |",
                "| explorer page, 1 client |")) {
            List<String> rows = out.lines().filter(l -> l.startsWith(part)).toList();
            assertTrue(!rows.isEmpty(), "no rows for " + part + ":\n" + out);
            assertTrue(rows.stream().anyMatch(r -> number.matcher(r.substring(r.lastIndexOf("| ", r.length() - 3))).find()),
                    "no figure for " + part + ":\n" + out);
        }
        assertTrue(out.contains("| target | result | status |"), out);
    }
}
