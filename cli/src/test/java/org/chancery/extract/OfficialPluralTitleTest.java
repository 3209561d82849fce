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
 * A plural title followed by a list of names (invented people): each name is an official with the title in
 * the singular and the state written before it, or the states in the order given.
 */
class OfficialPluralTitleTest {
    @TempDir
    Path dir;

    @Test
    void frenchPresidentsEachWithTheirDemonym() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Publié le 8 avril 2019

                Le communiqué a été lu devant la presse par les présidents malien, Ousmane Traoré, et ghanéen, Kwesi Appiah.""");
        // Mali Q912, Ghana Q117
        assertTrue(ask(m, Fixtures.representsPattern("Traoré", "Q912") + ". ?o dip:title ?t FILTER(regex(str(?t), '^président malien$'))"));
        assertTrue(ask(m, Fixtures.representsPattern("Appiah", "Q117") + ". ?o dip:title ?t FILTER(regex(str(?t), '^président ghanéen$'))"));
        assertFalse(ask(m, Fixtures.representsPattern("Traoré", "Q117")));
    }

    @Test
    void englishMinistersEachAfterTheirStateOrInTheOrderGiven() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                Published on 2 June 2022

                The envoy met the Foreign Ministers of Chile - Rosa Villalobos, Peru Andrés Quispe, and Bolivia Luis Mamani.
                Later the trade ministers of Kenya and Ghana, Peter Otieno and Ama Owusu, signed the text.""");
        // Chile Q298, Peru Q419, Bolivia Q750, Kenya Q114, Ghana Q117
        assertTrue(ask(m, Fixtures.representsPattern("Villalobos", "Q298") + ". ?o dip:title ?t FILTER(regex(str(?t), '^Foreign Minister$'))"));
        assertTrue(ask(m, Fixtures.representsPattern("Quispe", "Q419")));
        assertTrue(ask(m, Fixtures.representsPattern("Mamani", "Q750")));
        assertTrue(ask(m, Fixtures.representsPattern("Otieno", "Q114")));
        assertTrue(ask(m, Fixtures.representsPattern("Owusu", "Q117")));
        assertFalse(ask(m, Fixtures.representsPattern("Otieno", "Q117")));
    }

    @Test
    void aSingularTitleBeforeSeveralNamesIsNoList() throws Exception {
        Model m = Fixtures.convertOne(dir, "c.txt", """
                Published on 2 June 2022

                The summit was attended by Kenyan Prime Minister Peter Otieno, Ama Owusu, head of the Ghanaian delegation.""");
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:title ?t FILTER(regex(str(?l), 'Owusu') && regex(str(?t), 'Prime'))"));
    }

    @Test
    void theLeadersOfTheTwoCountriesNamedWithFormsOfAddress() throws Exception {
        Model m = Fixtures.convertOne(dir, "d.txt", """
                Publié le 9 mai 2016

                La commission a clôturé ses travaux sous la supervision des premiers ministres des deux pays, M. Amadou Ould Cheikhna et M. Boubou Keïta.
                The text was initialled by the foreign ministers of both countries, Ms Rana Haddad and Mr Tomas Lindgren.""");
        for (String n : new String[] {"Amadou Ould Cheikhna", "Boubou Keïta"}) {
            assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:title ?t FILTER(str(?l) = '" + n + "' && str(?t) = 'premier ministre')"));
        }
        for (String n : new String[] {"Rana Haddad", "Tomas Lindgren"}) {
            assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:title ?t FILTER(str(?l) = '" + n + "' && str(?t) = 'foreign minister')"));
        }
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label ?l FILTER(regex(str(?l), '^(M|Mr|Ms)[ .]'))"));
    }

    @Test
    void headsOfGovernmentWithTheirDemonymsAndACountedListAfterAVerb() throws Exception {
        Model m = Fixtures.convertOne(dir, "e.txt", """
                Publié le 9 mai 2016

                Les travaux ont été coprésidés par les chefs de gouvernement sénégalais, Amadou Ndiaye, et malien, Moussa Traoré.
                Le président ivoirien a reçu à Abidjan deux chefs d'État, Paul Ekwalla et Jean Mbarga, la semaine dernière.
                The declaration was read by the heads of state of Kenya and Ghana, Peter Otieno and Ama Owusu.""");
        // Senegal Q1041, Mali Q912, Kenya Q114, Ghana Q117
        assertTrue(ask(m, Fixtures.representsPattern("Ndiaye", "Q1041") + ". ?o dip:title ?t FILTER(str(?t) = 'chef de gouvernement sénégalais')"));
        assertTrue(ask(m, Fixtures.representsPattern("Traoré", "Q912")));
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:title ?t FILTER(str(?l) = 'Paul Ekwalla' && str(?t) = \"chef d'État\")"));
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:title ?t FILTER(str(?l) = 'Paul Ekwalla' && regex(str(?t), 'président'))"));
        assertTrue(ask(m, Fixtures.representsPattern("Otieno", "Q114") + ". ?o dip:title ?t FILTER(str(?t) = 'head of state')"));
        assertTrue(ask(m, Fixtures.representsPattern("Owusu", "Q117")));
    }
}
