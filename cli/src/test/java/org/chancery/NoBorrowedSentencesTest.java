package org.chancery;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No sentence of a third-party text is in the project: every sentence of eight words or more of
 * the seed articles (../shared/seeds) is looked for, words only (case, accents kept, punctuation
 * and spacing ignored), in every file of mappings/, the sources, examples/, docs/ and queries/.
 * Where ../shared is absent (a user's clone) the test says so and is skipped.
 */
class NoBorrowedSentencesTest {
    static final int MIN_WORDS = 8;
    static final List<String> FOLDERS = List.of("mappings", "cli/src", "examples", "docs", "queries", "ontology", "bench", "README.md");

    @Test
    void noSentenceOfASeedIsInTheProject() throws IOException {
        Path seeds = Fixtures.root().resolveSibling("shared").resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not beside the project (a user's clone): the borrowed-sentence check is skipped");
        Map<String, String> sentences = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String s : sentences(Files.readString(seed, StandardCharsets.UTF_8))) sentences.put(words(s), seed.getFileName().toString());
            }
        }
        assertTrue(sentences.size() > 10, "the seeds gave too few sentences to check: " + sentences.size());
        List<String> found = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path top = Fixtures.root().resolve(folder);
            if (!Files.exists(top)) continue;
            try (Stream<Path> files = Files.walk(top)) {
                for (Path f : files.filter(Files::isRegularFile).filter(NoBorrowedSentencesTest::ours).toList()) {
                    String text;
                    try {
                        text = " " + words(Files.readString(f, StandardCharsets.UTF_8)) + " ";
                    } catch (MalformedInputException binary) {
                        continue;
                    }
                    sentences.forEach((s, seed) -> {
                        if (text.contains(" " + s + " ")) found.add(Fixtures.root().relativize(f) + " holds a sentence of " + seed + " ("
                                + s.split(" ").length + " words, starting \"" + String.join(" ", List.of(s.split(" ")).subList(0, 3)) + " …\")");
                    });
                }
            }
        }
        assertTrue(found.isEmpty(), "third-party sentences in the project:\n" + String.join("\n", found));
    }

    /** A file the project writes: build output and the git-ignored development corpus are not. */
    private static boolean ours(Path f) {
        String p = f.toString().replace('\\', '/');
        return !p.contains("/target/") && !p.contains("/corpus/real/");
    }

    /** The sentences of a text with at least {@link #MIN_WORDS} words: split at line ends and sentence ends. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String s : line.split("(?<=[.!?;:])\\s+")) {
                if (words(s).split(" ").length >= MIN_WORDS) out.add(s);
            }
        }
        return out;
    }

    /** The words of a text, lower case, one space apart: punctuation, quotes and spacing do not hide a copy. */
    static String words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
