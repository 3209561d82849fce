package org.chancery.extract;

import static org.chancery.Fixtures.ask;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.chancery.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headline's or dateline's state is given to an official whose state the text does not name (invented
 * people), but not to a guest; a headline naming two states gives the one no other official acts for.
 */
class HeadlineGuestTest {
    @TempDir
    Path dir;

    @Test
    void aVisitingMinisterIsNotGivenTheDatelineState() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Published on 3 March 2021

                NAIROBI — The Minister of Trade Peter Otieno met the visiting Foreign Minister Lars Eklund on Tuesday.""");
        // Kenya Q114
        assertTrue(ask(m, Fixtures.representsPattern("Otieno", "Q114")));
        assertFalse(ask(m, Fixtures.representsPattern("Eklund", "Q114")));
    }

    @Test
    void unInviteFrancaisArriveLundiNEstPasDeLEtatDuTitre() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                Le Sénégal reçoit une délégation

                Publié le 3 mars 2021

                Le ministre des Mines, Henri Lavallée, arrivé lundi à Dakar, a été reçu par le ministre de l'Économie, Moussa Ndiaye.""");
        // Senegal Q1041
        assertTrue(ask(m, Fixtures.representsPattern("Ndiaye", "Q1041")));
        assertFalse(ask(m, Fixtures.representsPattern("Lavallée", "Q1041")));
    }

    @Test
    void ofTwoStatesInTheHeadlineTheOneLeftOver() throws Exception {
        Model m = Fixtures.convertOne(dir, "c.txt", """
                Chile, Peru ministers hold talks

                Published on 3 March 2021

                Minister of Foreign Affairs Rosa Villalobos held talks with her Peruvian counterpart Andrés Quispe in Santiago.""");
        // Chile Q298, Peru Q419
        assertTrue(ask(m, Fixtures.representsPattern("Quispe", "Q419")));
        assertTrue(ask(m, Fixtures.representsPattern("Villalobos", "Q298")));
        assertFalse(ask(m, Fixtures.representsPattern("Villalobos", "Q419")));
    }
}
