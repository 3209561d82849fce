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
 * Whom officials act for when the sentence, not their title, says it (invented people): the entourage of an official
 * ("accompagné de", "accompanied by"), a side opening the sentence ("Du côté péruvien", "On the Kenyan side"), a state
 * or body "represented by" those named after it; and titles that stay with their own name in a list.
 */
class OfficialSidesTest {
    @TempDir
    Path dir;

    // Chile Q298, Peru Q419, Kenya Q114, Ghana Q117, Mali Q912

    @Test
    void theEntourageActsForTheOneItAccompanies() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Publié le 3 mai 2022

                La ministre chilienne des Affaires étrangères, Carolina Fuentes, est arrivée à Lima.

                La cheffe de la diplomatie chilienne était accompagnée de M. Tomás Araya, ministre de l'Agriculture, et de Mme Inés Rojas, conseillère spéciale.""");
        assertTrue(ask(m, Fixtures.representsPattern("Araya", "Q298")));
        assertTrue(ask(m, Fixtures.representsPattern("Rojas", "Q298")));
        assertFalse(ask(m, Fixtures.representsPattern("Araya", "Q419")));
    }

    @Test
    void aSideOpeningTheSentenceNamesWhomItsPeopleActFor() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                Published on 3 May 2022

                The Ghanaian Foreign Minister, Ama Owusu, held talks in Nairobi with her Kenyan counterpart.

                On the Kenyan side, the Minister of Trade Peter Otieno and the Deputy Minister of Energy Ruth Wanjiru attended.""");
        assertTrue(ask(m, Fixtures.representsPattern("Otieno", "Q114")));
        assertTrue(ask(m, Fixtures.representsPattern("Wanjiru", "Q114") + ". ?o dip:title ?t FILTER(str(?t) = 'Deputy Minister of Energy')"));
        assertFalse(ask(m, Fixtures.representsPattern("Otieno", "Q117")));
    }

    @Test
    void eachOneRepresentedByActsForTheSubjectOfTheirClause() throws Exception {
        Model m = Fixtures.convertOne(dir, "c.txt", """
                Published on 3 May 2022

                Chile was represented by Rosa Villalobos, Minister of Mining, and Peru was represented by Andrés Quispe, Minister of Energy.""");
        assertTrue(ask(m, Fixtures.representsPattern("Villalobos", "Q298") + ". ?o dip:title ?t FILTER(str(?t) = 'Minister of Mining')"));
        assertTrue(ask(m, Fixtures.representsPattern("Quispe", "Q419")));
        assertFalse(ask(m, Fixtures.representsPattern("Villalobos", "Q419")));
    }

    @Test
    void aTitleInAppositionIsNotTheNextNamesAndAnExcellencyEndsNoSentence() throws Exception {
        Model m = Fixtures.convertOne(dir, "d.txt", """
                Publié le 3 mai 2022

                La délégation malienne comprenait M. Oumar Diarra, ministre des Mines, Mme Awa Coulibaly, ministre de la Santé, et M. Seydou Keita.

                The Malian minister met the Minister of Energy, H.E. Mr Kwame Boateng.""");
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:title ?t FILTER(regex(str(?l), 'Coulibaly') && str(?t) = 'ministre de la Santé')"));
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:title ?t FILTER(regex(str(?l), 'Coulibaly') && regex(str(?t), 'Mines'))"));
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:title ?t FILTER(str(?l) = 'Kwame Boateng' && str(?t) = 'Minister of Energy')"));
    }
}
