package org.chancery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.chancery.corpus.Progress;
import org.junit.jupiter.api.Test;

/** The progress of long work: plain lines in a log, one redrawn line on a terminal, nothing when quiet. */
class ProgressLineTest {

    @Test
    void plainLinesSayDoneTotalRateAndTimeLeft() {
        StringWriter text = new StringWriter();
        Progress p = new ProgressLine(new PrintWriter(text), "convert", false, 0, 0);
        for (int i = 1; i <= 4; i++) p.document(1, i, 4, 0);
        for (int i = 1; i <= 4; i++) p.document(2, i, 4, 1000L * i);
        List<String> lines = text.toString().lines().toList();
        assertEquals(8, lines.size(), text.toString());
        assertTrue(lines.get(1).startsWith("chancery: convert: reading 2/4 documents (25%)"), lines.get(1));
        assertTrue(lines.get(1).contains("documents/s") && lines.get(1).contains("left"), lines.get(1));
        assertTrue(lines.get(5).contains("resolving and writing 2/4 documents (75%)") && lines.get(5).contains("words/s"), lines.get(5));
        assertFalse(lines.get(7).contains("left"), "nothing is left at the end: " + lines.get(7));
        assertFalse(text.toString().contains("\r"), "no carriage return in a log");
    }

    @Test
    void aTerminalGetsOneLineRedrawnAndALineBreakAtTheEnd() {
        StringWriter text = new StringWriter();
        Progress p = new ProgressLine(new PrintWriter(text), "load", true, 0, 0);
        for (int i = 1; i <= 3; i++) p.count("storing", i * 4096L, 3 * 4096L, "quads");
        String out = text.toString();
        assertEquals(3, out.split("\r", -1).length - 1, "redrawn in place: " + out);
        assertEquals(1, out.chars().filter(c -> c == '\n').count(), "one line: " + out);
        assertTrue(out.endsWith("\n") && out.contains("12,288/12,288 quads (100%)"), out);
    }

    @Test
    void lessOftenThanTheIntervalAndNothingWhenQuiet() {
        StringWriter text = new StringWriter();
        Progress p = new ProgressLine(new PrintWriter(text), "convert", false, 60_000, 0);
        for (int i = 1; i <= 100; i++) p.document(1, i, 100, 0);
        // The first line, then none for a minute, then the last one of pass 1 is not the end of the work.
        assertEquals(1, text.toString().lines().count(), text.toString());
        assertSame(Progress.NONE, ProgressLine.of(new PrintWriter(new StringWriter()), "x", true));
    }
}
