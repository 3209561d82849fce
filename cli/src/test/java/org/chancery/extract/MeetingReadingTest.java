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

/**
 * How meetings are read from everyday news (issue 13): who met, when, with whom. Each document is
 * written for this test, with invented officials.
 */
class MeetingReadingTest {
    @TempDir
    Path dir;

    @Test
    void talksAreAlsoNamedByTheOfficialsWhoMet() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Published on 8 October 2024

                The Foreign Minister of Ghana, Kwame Asante Boateng, held talks in Accra on 7 October with the Foreign Minister of Chile, Tomás Errázuriz Vial.""");
        assertTrue(ask(m, "?m a dip:Meeting ; skos:altLabel ?l FILTER(regex(?l, 'Boateng') && regex(?l, 'Errázuriz'))"),
                "a label names the two ministers");
        assertTrue(ask(m, "?m a dip:Meeting ; rdfs:label ?l FILTER(regex(?l, 'Ghana') && regex(?l, 'Chile'))"), "the main label still names the states");
    }

    @Test
    void aWeekdayAfterTheVerbDatesTheMeetingFromTheDocumentDate() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                mercredi 12 juin 2024

                Le Premier ministre de la Norvège, Lars Holmvik, a reçu lundi le ministre des Affaires étrangères du Kenya, Daniel Otieno, à Oslo.""");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:date '2024-06-10'^^xsd:date"), "lundi before Wednesday 12 June 2024 is the 10th");
    }

    @Test
    void aWeekdayWithoutADocumentDateGivesNoDate() throws Exception {
        Model m = Fixtures.convertOne(dir, "c.txt", """
                Norwegian Prime Minister Lars Holmvik received Kenyan Foreign Minister Daniel Otieno in Oslo Monday for talks on fisheries.""");
        assertTrue(ask(m, "?m a dip:Meeting"));
        assertFalse(ask(m, "?m a dip:Meeting ; dip:date ?d"), "no year, no month, no day the text settles");
    }

    @Test
    void theOfficialsAccompanyingAGuestTakePart() throws Exception {
        Model m = Fixtures.convertOne(dir, "d.txt", """
                Publié le 20 mars 2024

                Le président du Ghana, Kwame Asante Boateng, a reçu mardi à Accra le président du Chili, Tomás Errázuriz Vial, en visite officielle au Ghana.
                Le président chilien était accompagné de M. Ramón Ibáñez Soto, ministre des Affaires étrangères, et de Mme Carla Fuenzalida Ruiz, ministre du Commerce.""");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:participant ?p . ?p rdfs:label ?l FILTER(regex(?l, 'Ibáñez'))"));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:participant ?p . ?p rdfs:label ?l FILTER(regex(?l, 'Fuenzalida'))"));
    }

    @Test
    void noOneJoinsAMeetingWithoutAnAccompanyingCue() throws Exception {
        Model m = Fixtures.convertOne(dir, "e.txt", """
                Published on 20 March 2024

                The President of Ghana, Kwame Asante Boateng, received the President of Chile, Tomás Errázuriz Vial, in Accra on Tuesday.
                Separately, the Foreign Minister of Peru, Ramón Ibáñez Soto, spoke to reporters in Lima about fisheries.""");
        assertFalse(ask(m, "?m a dip:Meeting ; dip:participant ?p . ?p rdfs:label ?l FILTER(regex(?l, 'Ibáñez'))"));
    }

    @Test
    void consultationsAnAgreementProvidesForAreNoMeeting() throws Exception {
        Model fr = Fixtures.convertOne(dir, "f.txt", """
                Publié le 5 mai 2024

                Le Ghana et le Chili ont signé à Accra un mémorandum d'entente pour des consultations politiques annuelles entre leurs ministères.""");
        assertFalse(ask(fr, "?m a dip:Meeting ; rdfs:label ?l FILTER(regex(?l, 'consultation', 'i'))"), "the subject of the memorandum");
        Model en = Fixtures.convertOne(dir, "g.txt", """
                Published on 5 May 2024

                Ghana and Chile signed in Accra a memorandum on regular consultations between their foreign ministries.
                The annual consultations between Ghana and Chile were held in Santiago in March.""");
        assertFalse(ask(en, "?m a dip:Meeting ; dip:location ?p . ?p rdfs:label ?l FILTER(regex(?l, 'Accra'))"));
        assertTrue(ask(en, "?m a dip:Meeting ; rdfs:label ?l FILTER(regex(?l, 'consultation', 'i'))"), "consultations held are a meeting");
    }

    @Test
    void aMeetingsNameEndsBeforeItsDate() throws Exception {
        Model m = Fixtures.convertOne(dir, "h.txt", """
                Published on 2 March 2024

                At the Conference on Ocean Governance on 14 February 2024, the ministers adopted a plan.""");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:date '2024-02-14'^^xsd:date ; rdfs:label ?l FILTER(regex(?l, 'Ocean Governance'))"));
        assertFalse(ask(m, "?m a dip:Meeting ; rdfs:label ?l FILTER(regex(?l, 'Governance on', 'i'))"), "the date is no part of the name");
    }

    @Test
    void anOrdinalWrittenApartFromItsNumberIsTheRound() throws Exception {
        Model m = Fixtures.convertOne(dir, "i.txt", """
                Publié le 12 mai 2019

                Les travaux de la 7 ème session de la commission mixte entre le Ghana et le Chili se sont ouverts le 10 mai à Accra.""");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:edition 7"));
    }

    @Test
    void numberedRoundsYearsApartAreOneSeries() throws Exception {
        Model m = Fixtures.union(Fixtures.convert(dir, Map.of(
                "j1.txt", "Publié le 12 mai 2019\n\nLa 5e session de la commission mixte entre le Ghana et le Chili s'est tenue à Accra le 10 mai 2019.\n",
                "j2.txt", "Published on 20 June 2023\n\nThe 6th session of the Ghana-Chile Joint Commission was held in Santiago on 18 June 2023.\n")));
        assertTrue(ask(m, "?a dip:edition 5 ; dip:series ?s . ?b dip:edition 6 ; dip:series ?s . ?s a dip:MeetingSeries"),
                "the 5th (2019, in French) and the 6th (2023, in English) are rounds of one series");
    }

    @Test
    void aVisitTakesPlaceWhereTheLeadSaysThingsHappenInTheHostsState() throws Exception {
        Model m = Fixtures.convertOne(dir, "k.txt", """
                Publié le 9 avril 2024

                Le Ghana et le Chili ont signé lundi à Accra trois accords de coopération.
                Les accords ont été signés en marge d'une visite officielle du président chilien, Tomás Errázuriz Vial, au Ghana.""");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:mode dip:inPerson ; dip:location ?p . ?p rdfs:label ?l FILTER(regex(?l, 'Accra'))"));
        Model other = Fixtures.convertOne(dir, "l.txt", """
                Publié le 9 avril 2024

                Le ministre a parlé lundi à Santiago de la pêche.
                Le président chilien, Tomás Errázuriz Vial, a entamé une visite officielle au Ghana.""");
        assertFalse(ask(other, "?m a dip:Meeting ; dip:location ?p . ?p rdfs:label ?l FILTER(regex(?l, 'Santiago'))"),
                "a place outside the host's state is not where the visit takes place");
    }

    @Test
    void aChairParticipleApartFromItsAgentNamesTheChairsJustAfterIt() throws Exception {
        Model m = Fixtures.convertOne(dir, "chair.txt", """
                Publié le 14 novembre 2024

                La troisième session de la commission mixte entre le Kenya et la Norvège a été coprésidée mardi à Nairobi, par Daniel Otieno, ministre kényan des Affaires étrangères, et Lars Holmvik, ministre norvégien du Commerce, puis elle s'est achevée par un dîner offert en l'honneur de la délégation par le président du Kenya, William Kamau Ndegwa, en présence de nombreux invités et de représentants des milieux d'affaires des deux pays.""");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:chair ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Otieno'))"), "named after 'par'");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:chair ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Holmvik'))"), "and the second one");
        assertFalse(ask(m, "?m a dip:Meeting ; dip:chair ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Ndegwa'))"),
                "named far later in another clause: no chair");
    }
}
