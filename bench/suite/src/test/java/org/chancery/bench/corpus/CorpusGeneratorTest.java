package org.chancery.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    static Cast cast;

    @BeforeAll
    static void readMappings() {
        cast = Cast.read(Cast.findMappings(Path.of("")));
    }

    @Test
    void theSeedFixesTheCorpusAndDocumentIDependsOnlyOnI() {
        CorpusGenerator a = new CorpusGenerator(cast, 7), b = new CorpusGenerator(cast, 7);
        assertEquals(a.document(12), b.document(12));
        assertNotEquals(a.document(12).text(), new CorpusGenerator(cast, 8).document(12).text());
    }

    @Test
    void documentsAreOfNewsLengthInBothLanguagesAndStateTheirFacts() {
        CorpusGenerator g = new CorpusGenerator(cast, 42);
        Set<Language> languages = EnumSet.noneOf(Language.class);
        Set<String> firstSentences = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            CorpusGenerator.Generated d = g.document(i);
            languages.add(d.language());
            int words = org.chancery.document.Document.wordCount(d.text());
            assertTrue(words >= 300 && words <= 1_700, "doc " + i + ": " + words + " words");
            assertTrue(d.facts().lines().count() > 2, d.facts());
            assertTrue(!d.text().contains("{") && !d.text().contains("de le ") && !d.text().contains("à le "), d.text());
            firstSentences.add(d.text().split("\n\n")[1].split("\\. ")[0].replaceAll("[A-Z][\\p{L}'-]+|\\d+", "X"));
        }
        assertEquals(EnumSet.allOf(Language.class), languages);
        assertTrue(firstSentences.size() > 20, "varied phrasing: " + firstSentences.size() + " distinct openings");
    }
}
