package org.chancery.extract;

import static org.chancery.Fixtures.ask;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.chancery.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Foreign ministries of any state and organs of known organisations are found by their pattern, one node each. */
class BodyStageTest {
    @TempDir
    Path dir;

    private static String institution(String regex) {
        return "?i a dip:Institution ; rdfs:label ?l FILTER(regex(str(?l), '" + regex + "', 'i'))";
    }

    @Test
    void aForeignMinistryOfAnyStateInEitherLanguageIsOneNode() throws Exception {
        Model m = Fixtures.union(Fixtures.convert(dir, Map.of(
                "fr.txt", """
                        Publié le 3 mars 2024

                        Un protocole a été signé entre le ministère des Affaires étrangères et de la Coopération de la République du Mali et le ministère des Affaires étrangères du Ghana.""",
                "en.txt", """
                        Published on 3 March 2024

                        Mali's Foreign Ministry said the Ministries of Foreign Affairs of Benin and Togo would meet in April.""")));
        assertTrue(ask(m, institution("foreign affairs.*mali")));
        assertTrue(ask(m, institution("foreign affairs.*ghana")));
        assertTrue(ask(m, institution("foreign affairs.*benin")));
        assertTrue(ask(m, institution("foreign affairs.*togo")));
        // the French and the English report of Mali's ministry meet on one node, which holds both reports' names
        assertTrue(ask(m, "?i rdfs:label ?l FILTER(regex(str(?l), 'foreign affairs.*mali', 'i')) ?i skos:altLabel ?a, ?b "
                + "FILTER(regex(str(?a), 'minist.re des affaires', 'i') && regex(str(?b), 'foreign ministry', 'i'))"));
    }

    @Test
    void aMinistryWithoutItsStateIsNoNewNode() throws Exception {
        Model m = Fixtures.convertOne(dir, "n.txt", """
                Published on 3 March 2024

                The Ministry of Foreign Affairs announced on Monday a visit to Ghana by the minister.""");
        assertFalse(ask(m, institution("foreign affairs.*ghana")));
    }

    @Test
    void anOrganOfAKnownOrganisation() throws Exception {
        Model m = Fixtures.convertOne(dir, "o.txt", """
                Published on 3 March 2024

                The president of the ECOWAS Commission addressed the Permanent Council of the OAS in Washington.
                The IAEA board of governors meets in June.""");
        assertTrue(ask(m, institution("^Commission of the Economic Community of West African States")));
        assertTrue(ask(m, institution("^Permanent Council of the Organization of American States")));
        assertTrue(ask(m, institution("^Board of Governors of the International Atomic Energy Agency")));
        // the organisation itself stays in the graph
        assertTrue(ask(m, institution("^Economic Community of West African States$")));
    }

    @Test
    void aBodyNamedByAHeadWordAndItsComplementsIsAnInstitution() throws Exception {
        Model m = Fixtures.union(Fixtures.convert(dir, Map.of(
                "fr.txt", """
                        Publié le 3 mars 2024

                        Le président du Conseil d'État et du Conseil des ministres a reçu le directeur de l'Office de la navigation fluviale.
                        Le mémorandum crée un Comité de suivi de la coopération entre les deux pays ; le Comité en question se réunira chaque année.""",
                "en.txt", """
                        Published on 3 March 2024

                        The minister visited the Crisis and Support Centre, then the Department of Maritime and Border Affairs of Peru.
                        The Council welcomed the fourth meeting of the Joint Steering Committee, which the Joint Steering Committee will follow.""")));
        assertTrue(ask(m, institution("^Conseil d.État$")), "a body beside another: two names");
        assertTrue(ask(m, institution("^Conseil des ministres$")));
        assertTrue(ask(m, institution("^Office de la navigation fluviale$")));
        assertTrue(ask(m, institution("^Comité de suivi de la coopération$")), "the name stops where the clause goes on");
        assertTrue(ask(m, institution("^Crisis and Support Centre$")));
        assertTrue(ask(m, institution("^Department of Maritime and Border Affairs$")));
        assertFalse(ask(m, institution("^(Comité|Council)( en question)?$")), "a head alone points back to a body");
        assertFalse(ask(m, institution("steering committee")), "a format whose rounds are counted is a series, not a body");
    }
}
