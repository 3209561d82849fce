package org.chancery.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chancery.Fixtures;
import org.chancery.corpus.Corpus;
import org.junit.jupiter.api.Test;

/** Page furniture found by its shape with the cues of mappings/lexicon.ttl; the lines are made up for the test. */
class BoilerplateTest {
    private final Boilerplate furniture = Corpus.boilerplate(Fixtures.mappings());

    @Test
    void promptsOnShortLinesAreFurniture() {
        assertTrue(furniture.isBoilerplate("Read more on the Harbour Gazette"));
        assertTrue(furniture.isBoilerplate("Abonnez-vous à notre lettre du matin"));
        assertTrue(furniture.isBoilerplate("Pour rester informée de l'actualité des Balkans"));
        assertTrue(furniture.isBoilerplate("Follow us on Mastodon"));
    }

    @Test
    void aSentenceThatStartsLikeAPromptIsKept() {
        assertFalse(furniture.isBoilerplate("Read more carefully, the treaty binds both parties to a review in 2027."));
        assertFalse(furniture.isBoilerplate("Follow-up talks between the two ministers are planned for the spring in Vienna, "
                + "where the delegations will review the agreement and its first results together"));
    }

    @Test
    void publishersNoticesAreFurnitureWhateverTheSite() {
        assertTrue(furniture.isBoilerplate("The Harbour Gazette prints opinions from many contributors; they are not necessarily those of the editors."));
        assertTrue(furniture.isBoilerplate("Les points de vue publiés ici ne reflètent pas nécessairement ceux de la rédaction."));
        assertTrue(furniture.isBoilerplate("This feature was produced with financial support from a foundation."));
        assertTrue(furniture.isBoilerplate("© 2031 Harbour Gazette. All rights reserved"));
    }

    @Test
    void articleTextIsKept() {
        assertFalse(furniture.isBoilerplate("The ministers signed the agreement in Astana on Tuesday."));
        assertFalse(furniture.isBoilerplate("Les deux délégations se retrouveront l'an prochain à Genève."));
    }

    @Test
    void wordsAreWhatTheRegularExpressionsGave() {
        // The one-pass form against the three replacements it replaced, on punctuation, apostrophes,
        // accents, numbers of every kind and letters outside the BMP.
        for (String s : new String[] {"", "  ", "Read more: « l'accord » — signé !", "a'b", "a '", "''x''", "Ⅻ ½ ²3 4",
                "  Édition   du 12/03 ", "Œuvre: ÆTHER ß", "𝐀bc 𝟙𝟚 d", "don't... stop", "l’ONU, l'UE", "x\ty\nz", "--", "'"}) {
            String old = org.chancery.text.Folding.fold(s).replaceAll("[^\\p{L}\\p{N}']+", " ").replace("'", "' ").replaceAll(" +", " ").strip();
            assertEquals(old, Boilerplate.words(s), s);
        }
    }
}
