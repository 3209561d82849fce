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
 * Recurring formats and their numbered rounds as news writes them (issue 13): a body's numbered session,
 * an ordinal before a body's name, a short name with its number, Roman and hyphenated ordinals, "its Nth
 * session". Each document is written for this test, with invented events.
 */
class SeriesReadingTest {
    @TempDir
    Path dir;

    private static final String ROUND = "?m a dip:Meeting ; dip:edition %d ; dip:series ?s . ?s a dip:MeetingSeries ; rdfs:label ?sl FILTER(regex(?sl, '%s', 'i'))";

    @Test
    void anOrdinalBeforeABodysNameIsANumberedSessionOfThatBody() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Published on 14 March 2019

                The 62nd General Assembly adopted three texts on Tuesday.""");
        assertTrue(ask(m, ROUND.formatted(62, "General Assembly")), "the 62nd session of the Assembly's series");
        assertTrue(ask(m, "?m dip:edition 62 ; dip:participant ?b . ?b rdfs:label ?l FILTER(regex(?l, 'General Assembly'))"), "the body meets");
    }

    @Test
    void aBodysNameBetweenTheOrdinalAndTheMeetingWordKeepsTheNumber() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                Published on 14 March 2019

                The Foreign Minister of Ghana, Kwame Asante Boateng, arrived in Apia on Monday to attend the 48th Pacific Islands Forum Leaders Meeting.""");
        assertTrue(ask(m, ROUND.formatted(48, "Pacific Islands Forum")));
    }

    @Test
    void aShortNameWithItsNumberInBracketsNumbersTheRound() throws Exception {
        Model m = Fixtures.convertOne(dir, "c.txt", """
                Published on 14 March 2019

                Ghana congratulated Samoa on winning the bid to host the Conference of the Parties to the United Nations Framework Convention on Climate Change (COP31) in 2026.""");
        assertTrue(ask(m, ROUND.formatted(31, "Conference of the Parties")));
        assertTrue(ask(m, "?m dip:edition 31 ; dip:series <https://w3id.org/chancery/id/series/conference-cop>"),
                "the short name, not the states one report names, identifies the format");
    }

    @Test
    void anAnniversaryIsNoRound() throws Exception {
        Model m = Fixtures.convertOne(dir, "d.txt", """
                Publié le 9 février 2016

                Les ministres ont préparé à Accra le sommet marquant le 25e anniversaire des relations entre le Ghana et le Chili.""");
        assertFalse(ask(m, "?m dip:edition 25"));
    }

    @Test
    void romanAndHyphenatedOrdinalsAndItsNthSession() throws Exception {
        Model m = Fixtures.convertOne(dir, "e.txt", """
                Publié le 9 février 2016

                La Haute Commission mixte de coopération entre le Ghana et le Chili a clôturé lundi à Accra sa 9e session sous la présidence des deux ministres.
                Les chefs d'Etat réunis lors du XIVème Sommet de la Francophonie à Dakar ont adopté une déclaration.
                La vingt-troisième session de la commission mixte s'est tenue à Santiago en 2014.""");
        assertTrue(ask(m, ROUND.formatted(9, "Commission mixte")), "sa 9e session: a round of the commission named before it");
        assertFalse(ask(m, "?m a dip:Meeting ; dip:series ?s . ?s rdfs:label ?l FILTER(regex(?l, '^session$', 'i'))"), "no series named 'Session'");
        assertTrue(ask(m, ROUND.formatted(14, "Sommet de la Francophonie")), "XIVème is the 14th");
        assertTrue(ask(m, ROUND.formatted(23, "commission mixte")), "vingt-troisième is the 23rd, not the 3rd");
        assertFalse(ask(m, "?m dip:edition 3"));
    }

    @Test
    void aFormatsNameDoesNotRunOnIntoTheVerb() throws Exception {
        Model m = Fixtures.convertOne(dir, "f.txt", """
                Published on 22 October 2010

                Ghana and Chile held the third round of the Strategic Dialogue in Accra on 21 October 2010.
                The latest round of the Strategic Dialogue reaffirmed the commitment of both countries to a long-term partnership.""");
        assertTrue(ask(m, ROUND.formatted(3, "Strategic Dialogue")));
        assertFalse(ask(m, "?s a dip:MeetingSeries ; rdfs:label|skos:altLabel ?l FILTER(regex(?l, 'reaffirmed'))"));
    }
}
