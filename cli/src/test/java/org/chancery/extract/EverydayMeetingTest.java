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
 * Everyday meetings (visits, talks, calls, audiences), each sentence written for this test with
 * invented officials: one node per event, its sides, its host and its mode.
 */
class EverydayMeetingTest {
    @TempDir
    Path dir;

    private Model convert(Map<String, String> texts) throws Exception {
        return Fixtures.union(Fixtures.convert(dir, texts));
    }

    private static String count(String where, int n) {
        return "{ SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { " + where + " } } FILTER(?n = " + n + ")";
    }

    @Test
    void aPresidentReceivingAGuestIsTheHostAndTheEventToldTwiceIsOneMeeting() throws Exception {
        Model m = convert(Map.of("a.txt", """
                jeudi 6 mars 2025

                Le président sénégalais a reçu son homologue norvégien

                Le président du Sénégal, Amadou Ndiaye Faye, a reçu le 5 mars le Premier ministre de la Norvège, Lars Holmvik, au palais présidentiel.
                Les deux dirigeants se sont entretenus de la pêche et de l'énergie. Amadou Ndiaye Faye a salué la visite de Lars Holmvik au Sénégal."""));
        assertTrue(ask(m, count("?m a dip:Meeting", 1)), "one event, one meeting");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:host ?sn ; dip:mode dip:inPerson ; dip:participant ?no . "
                + "?sn rdfs:label ?a . ?no rdfs:label ?b FILTER(regex(?a, 'sénégal', 'i') && regex(?b, 'norv', 'i'))"));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:host ?o . ?o a dip:Official ; rdfs:label ?l FILTER(regex(?l, 'Faye'))"));
        assertFalse(ask(m, "?m a dip:Meeting ; dip:host ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Holmvik|norv', 'i'))"), "the guest is no host");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:date '2025-03-05'^^xsd:date ; rdfs:label ?l FILTER(regex(?l, '^\\\\p{Lu}.* entre .*et ', 'i'))"));
        assertFalse(ask(m, "?m a dip:Meeting ; rdfs:label ?l FILTER(regex(?l, 'meeting-|[a-z]-[a-z]+-[a-z]', 'i'))"), "no slug for a label");
    }

    @Test
    void aTelephoneCallAndAVideoConferenceHaveTheirModeAndNoHost() throws Exception {
        Model m = convert(Map.of("b.txt", """
                Published on 12 May 2024

                Norwegian Foreign Minister Ingrid Halvorsen held a telephone conversation on 10 May with Brazilian Foreign Minister Paulo Mendes Ferraz.
                On 11 May the Prime Minister of Japan, Kenji Morimoto, and the Prime Minister of India, Arjun Mehra, met by videoconference."""));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:mode dip:call ; dip:date '2024-05-10'^^xsd:date ; dip:participant ?a , ?b . "
                + "?a rdfs:label ?x . ?b rdfs:label ?y FILTER(regex(?x, 'norway', 'i') && regex(?y, 'brazil', 'i'))"));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:mode dip:video ; dip:participant ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Mehra'))"));
        assertFalse(ask(m, "?m dip:mode dip:call ; dip:host ?h"), "nobody hosts a call");
        assertTrue(ask(m, "?m dip:mode dip:call ; rdfs:label ?l FILTER(regex(?l, '^Telephone call between'))"));
    }

    @Test
    void theVisitedStateHostsAVisit() throws Exception {
        Model m = convert(Map.of("c.txt", """
                Published on 3 April 2024

                The Foreign Minister of Kenya, Daniel Otieno, arrived in Cairo on 2 April on an official visit to Egypt."""));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:mode dip:inPerson ; dip:host ?eg ; dip:participant ?ke . "
                + "?eg rdfs:label ?a . ?ke rdfs:label ?b FILTER(regex(?a, 'egypt', 'i') && regex(?b, 'kenya', 'i'))"));
        assertFalse(ask(m, "?m dip:host ?ke . ?ke rdfs:label ?b FILTER(regex(?b, 'kenya', 'i'))"));
    }

    @Test
    void theSameTalksToldByTwoReportsAreOneMeeting() throws Exception {
        Model m = convert(Map.of(
                "d1.txt", "Published on 4 June 2024\n\nThe Foreign Minister of Norway, Ingrid Halvorsen, held talks in Oslo on 3 June with the Foreign Minister of Chile, Tomás Errázuriz Vial.",
                "d2.txt", "Publié le 4 juin 2024\n\nLa ministre norvégienne des Affaires étrangères, Ingrid Halvorsen, s'est entretenue le 3 juin à Oslo avec son homologue chilien."));
        assertTrue(ask(m, count("?m a dip:Meeting ; dip:date '2024-06-03'^^xsd:date", 1)));
        assertTrue(ask(m, "?m a dip:Meeting ; prov:wasDerivedFrom ?a , ?b FILTER(?a != ?b)"));
    }

    @Test
    void receivingAnInvitationIsNoMeeting() throws Exception {
        Model m = convert(Map.of("e.txt", """
                Published on 3 April 2024

                The Foreign Minister of Kenya, Daniel Otieno, received an invitation from the President of Chile, Rosa Ibáñez Lagos."""));
        assertFalse(ask(m, "?m a dip:Meeting"));
    }

    @Test
    void aVisitWhoseVisitorTheSentenceLeavesOutIsMadeByTheStateTheReportIsAbout() throws Exception {
        Model m = convert(Map.of("f.txt", """
                Publié le 7 mai 2024

                Le Ghana et le Kenya renforcent leur coopération. Le Ghana souhaite un accord sur la pêche.
                Kwame Asante a entamé le 6 mai une visite d'État de trois jours au Kenya.
                Les négociations ont porté sur la pêche et le commerce entre le Ghana et le Kenya."""));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:host ?ke ; dip:participant ?gh . "
                + "?ke rdfs:label ?a . ?gh rdfs:label ?b FILTER(regex(?a, 'kenya', 'i') && regex(?b, 'ghana', 'i'))"));
        assertTrue(ask(m, count("?m a dip:Meeting", 1)), "the negotiations of the visit are the visit");
    }

    @Test
    void separateMeetingsWithSeveralCounterpartsAreOneMeetingEach() throws Exception {
        Model m = convert(Map.of("g.txt", """
                Published on 9 May 2024

                On 8 May in Nairobi the Foreign Minister of Kenya, Daniel Otieno, held separate meetings with the Foreign Minister of Norway, Ingrid Halvorsen, and the Foreign Minister of Chile, Tomás Errázuriz Vial."""));
        assertTrue(ask(m, count("?m a dip:Meeting", 2)));
        assertFalse(ask(m, "?m a dip:Meeting ; dip:participant ?a , ?b . ?a rdfs:label ?x . ?b rdfs:label ?y "
                + "FILTER(regex(?x, 'norway', 'i') && regex(?y, 'chile', 'i'))"), "Norway and Chile did not meet each other");
    }

    @Test
    void aBareTitleAsSubjectIsTheOfficialTheReportIsAbout() throws Exception {
        Model m = convert(Map.of("e.txt", """
                Published on 9 September 2024

                The Foreign Minister of Ghana, Akosua Mensima Boateng, travelled to Europe this week.
                In Lisbon, the minister met the Foreign Minister of Portugal, Rui Valente Amaral, on 8 September."""));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:participant ?gh , ?boa , ?pt . ?gh rdfs:label ?a . ?boa rdfs:label ?b . ?pt rdfs:label ?c "
                + "FILTER(regex(?a, 'ghana', 'i') && regex(?b, 'Boateng') && regex(?c, 'portugal', 'i'))"), "'the minister' is the Ghanaian minister named before");
        assertFalse(ask(m, "?m a dip:Meeting ; dip:participant ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Valente') ) . ?m dip:host ?h . ?h rdfs:label ?hl FILTER(regex(?hl, 'Boateng'))"),
                "the protagonist is no host abroad");
    }

    @Test
    void anOfficialOfNoNamedStateReceivingCounterpartsOfSeveralStatesHoldsOneMeetingWithEach() throws Exception {
        Model m = convert(Map.of("f.txt", """
                Publié le 14 octobre 2024

                Kofi Asante Larbi, ministre des Affaires étrangères, en marge d'une conférence menée par la Première ministre Esi Quartey Dunn, a reçu ses homologues du Pérou, de la Namibie et du Laos."""));
        assertTrue(ask(m, count("?m a dip:Meeting ; dip:host ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Larbi'))", 3)), "one meeting with each counterpart");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:participant ?pe . ?pe rdfs:label ?a FILTER(regex(?a, 'p[eé]r', 'i')) "
                + "FILTER NOT EXISTS { ?m dip:participant ?na . ?na rdfs:label ?b FILTER(regex(?b, 'namib', 'i')) }"));
        assertFalse(ask(m, "?m a dip:Meeting ; dip:host ?h ; dip:participant ?o . ?h rdfs:label ?hl . ?o rdfs:label ?l FILTER(regex(?hl, 'Larbi') && regex(?l, 'Dunn'))"),
                "someone named in a clause of the subject is not the one who received");
    }

    @Test
    void aFutureWordByAnotherNounLeavesTheMeetingHeldAndByTheMeetingWordMakesItPlanned() throws Exception {
        Model m = convert(Map.of("g.txt", """
                Published on 20 November 2024

                The Foreign Minister of Chile, Tomás Errázuriz Vial, met the Foreign Minister of Norway, Ingrid Halvorsen, in Oslo on 19 November and discussed the next presidency of the forum.
                The Prime Minister of Japan, Kenji Morimoto, announced the upcoming visit of the Prime Minister of India, Arjun Mehra."""));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:status dip:held ; dip:participant ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Halvorsen'))"),
                "'the next presidency' says nothing of the meeting");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:status dip:planned ; dip:participant ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Mehra'))"),
                "'the upcoming visit' is planned");
    }

    @Test
    void aPlaceAfterInBeforeACapitalisedTitleIsWhereTheTalksTookPlace() throws Exception {
        Model m = convert(Map.of("p.txt", """
                Published on 3 June 2024

                On 2 June 2024 in Samarkand Acting Foreign Minister of Uzbekistan Rustam Karimbekov held talks with the Foreign Minister of Belarus Ivan Sadovsky."""));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:location ?p . ?p rdfs:label ?l FILTER(regex(?l, 'samar', 'i'))"), "in Samarkand: the place");
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?n ; dip:title ?t FILTER(regex(?n, 'Karimbekov') && regex(?t, '^Acting Foreign Minister'))"),
                "the modifier after the place still opens the title");
    }

    @Test
    void talksToldJustAfterAMeetingOfTheSameSideWithAPlaceTookPlaceThere() throws Exception {
        String lead = """
                Publié le 20 mars 2024

                En marge de la réunion des ministres du G20 à Rio de Janeiro, la ministre canadienne des Affaires étrangères, Mme Claire Duvernay, a rencontré le ministre allemand des Affaires étrangères, M. Jonas Weidlich.
                """;
        Model m = convert(Map.of("q.txt", lead + "Mme Claire Duvernay a également eu un entretien avec le ministre italien des Affaires étrangères, M. Paolo Benedetti."));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:location ?p ; dip:participant ?it . ?p rdfs:label ?l . ?it rdfs:label ?i "
                + "FILTER(regex(?l, 'rio', 'i') && regex(?i, 'ital', 'i'))"), "the talks on the margins are where the meeting just told was");
        Model own = convert(Map.of("r.txt", lead + "Le lendemain, à Milan, Mme Claire Duvernay a eu un entretien avec le ministre italien des Affaires étrangères, M. Paolo Benedetti."));
        assertFalse(ask(own, "?m a dip:Meeting ; dip:location ?p ; dip:participant ?it . ?p rdfs:label ?l . ?it rdfs:label ?i "
                + "FILTER(regex(?l, 'rio', 'i') && regex(?i, 'ital', 'i'))"), "a meeting whose sentence names its place keeps it");
    }
}
