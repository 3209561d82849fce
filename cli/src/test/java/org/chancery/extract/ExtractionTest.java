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
 * Kinds of sentences the extractor must read, each written for this test with invented people:
 * a name after its title, a title in apposition, a numbered round, a recorded vote, a treaty.
 */
class ExtractionTest {
    @TempDir
    Path dir;

    @Test
    void knownStatesInstitutionsAndPlacesAreFoundInFrench() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", "mardi 14 février 2023\n\nLe Brésil et l'Union européenne ont discuté à Genève, en Suisse, du rôle de l'ONU et de l'OSCE.");
        assertTrue(ask(m, "?s a dip:State ; owl:sameAs wd:Q155"));
        assertTrue(ask(m, "?i a dip:Institution ; rdfs:label ?l FILTER(regex(str(?l), 'union europ', 'i'))"));
        assertTrue(ask(m, "?i a dip:Institution ; rdfs:label|skos:altLabel 'OSCE'@fr"));
        assertTrue(ask(m, "?p a dip:Place ; rdfs:label ?l ; dip:inState ?ch . ?ch owl:sameAs wd:Q39 FILTER(regex(str(?l), 'gen', 'i'))"));
        assertTrue(ask(m, "?d a dip:Document ; dcterms:language 'fr' ; dcterms:date '2023-02-14'^^xsd:date"));
    }

    @Test
    void anOfficialNamedAfterATitleOrInAppositionRepresentsTheStateOfTheTitle() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                Published on 2 June 2023

                The Foreign Minister of Norway, Ingrid Halvorsen, met the Brazilian President Paulo Mendes Ferraz in Oslo.
                Ingrid Halvorsen later said the talks were useful.""");
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label 'Ingrid Halvorsen'@en ; dip:represents ?no ; dip:title ?t . ?no owl:sameAs wd:Q20"));
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:represents ?br . ?br owl:sameAs wd:Q155 FILTER(regex(str(?l), 'Ferraz'))"));
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label ?l FILTER(regex(str(?l), 'Oslo|Norway|Brazil', 'i'))"));
    }

    @Test
    void spellingVariantsOfOnePersonAreOneOfficial() throws Exception {
        Model m = Fixtures.union(Fixtures.convert(dir, Map.of(
                "c1.txt", "Le ministre des Affaires étrangères de la Géorgie, Levan Tchkhikvadze, était présent.",
                "c2.txt", "Georgian Foreign Minister Levan Chkhikvadze attended. Minister L. Chkhikvadze spoke first.")));
        assertTrue(ask(m, "{ SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a dip:Official } } FILTER(?n = 1)"));
    }

    @Test
    void bylinesAndPhotoCreditsAreNotOfficials() throws Exception {
        Model m = Fixtures.convertOne(dir, "d.txt", """
                Ministers meet in Vienna

                By Jonathan Pereira-Lund | Edited by Marta Kowalczyk

                The Austrian Chancellor Karl Brenner welcomed the delegations.

                Photo: Elena Sidorova / Reuters""");
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label|skos:altLabel ?l FILTER(regex(str(?l), 'Pereira|Kowalczyk|Sidorova', 'i'))"));
    }

    @Test
    void aNumberedRoundOfADialogueWithDatePlaceAndNextRound() throws Exception {
        Model m = Fixtures.convertOne(dir, "e.txt", """
                Published on 16 March 2023

                The second round of the Japan–India dialogue on maritime security was held in Tokyo on 14 March 2023.
                The next round will be held in New Delhi in 2024.""");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:edition 2 ; dip:date '2023-03-14'^^xsd:date ; dip:location ?p ; dip:series ?s ; "
                + "dip:participant ?jp, ?in . ?jp owl:sameAs wd:Q17 . ?in owl:sameAs wd:Q668 . ?p rdfs:label ?pl FILTER(regex(str(?pl), 'tokyo', 'i'))"));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:series ?s ; dip:edition 2 . ?n a dip:Meeting ; dip:series ?s ; dip:edition 3 ; "
                + "dip:status dip:planned ; dip:date '2024'^^xsd:gYear"));
    }

    @Test
    void aResolutionWithItsNumberBodyDateAndVote() throws Exception {
        Model m = Fixtures.convertOne(dir, "f.txt", """
                Le 2 mars 2022, l'Assemblée générale des Nations unies a adopté la résolution ES-11/1 par 141 voix pour, 5 contre et 35 abstentions.""");
        assertTrue(ask(m, "?r a dip:Resolution ; dip:identifier 'ES-11/1' ; dip:date '2022-03-02'^^xsd:date ; dip:adoptedBy ?ga ; "
                + "dip:votesFor 141 ; dip:votesAgainst 5 ; dip:abstentions 35 . ?ga rdfs:label ?l FILTER(regex(str(?l), 'assembl', 'i'))"));
    }

    @Test
    void anEnglishVoteWrittenTheOtherWay() throws Exception {
        Model m = Fixtures.convertOne(dir, "g.txt", "On 26 April 2022 the General Assembly adopted resolution 76/262 by 141 votes to 5, with 35 abstentions.");
        assertTrue(ask(m, "?r a dip:Resolution ; dip:identifier '76/262' ; dip:votesFor 141 ; dip:votesAgainst 5 ; dip:abstentions 35"));
    }

    @Test
    void anAgreementSignedThenInForce() throws Exception {
        Model m = Fixtures.convertOne(dir, "h.txt", """
                jeudi 5 octobre 2023

                En 2019, le Chili et le Japon ont signé un accord de libre-échange. Cet accord est entré en vigueur le 1er février 2021.""");
        assertTrue(ask(m, "?a a dip:Agreement ; dip:party ?cl, ?jp ; dip:signedOn '2019'^^xsd:gYear ; dip:inForceSince '2021-02-01'^^xsd:date . "
                + "?cl owl:sameAs wd:Q298 . ?jp owl:sameAs wd:Q17"));
    }

    @Test
    void everyFactHasEvidenceWithTheSentence() throws Exception {
        Model m = Fixtures.convertOne(dir, "i.txt", "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.");
        assertTrue(ask(m, "?o dip:represents ?s . ?e a dip:Evidence ; dip:factSubject ?o ; dip:factObject ?s ; dip:sentence ?t ; "
                + "dip:startOffset ?a ; dip:endOffset ?b ; prov:wasDerivedFrom ?d FILTER(contains(?t, 'Halvorsen') && ?b > ?a)"));
    }

    @Test
    void aGenitiveOwnerAndPortfolioWordsMakeTheTitle() throws Exception {
        Model m = Fixtures.convertOne(dir, "j.txt", """
                Published on 3 May 2024

                Chile's Minister of Foreign Affairs, Alberto van Klaveren, met Tomás Rivera Ortega, Peru's deputy foreign minister.""");
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label 'Alberto van Klaveren'@en ; dip:represents ?cl ; dip:title ?t . ?cl owl:sameAs wd:Q298 "
                + "FILTER(regex(str(?t), 'Minister of Foreign Affairs'))"));
        assertTrue(ask(m, "?o a dip:Official ; dip:represents ?pe ; rdfs:label ?l . ?pe owl:sameAs wd:Q419 FILTER(regex(str(?l), 'Rivera'))"));
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label ?l FILTER(regex(str(?l), 'Foreign|Affairs'))"));
    }

    @Test
    void aDraftThatWasVetoedIsNotAResolution() throws Exception {
        Model m = Fixtures.convertOne(dir, "k.txt", """
                mardi 4 juin 2024

                Le 2 juin, un projet de résolution présenté au Conseil de sécurité a recueilli 12 voix pour, mais un membre permanent a opposé son veto.""");
        assertFalse(ask(m, "?r a dip:Resolution"));
    }

    @Test
    void aWeekdayIsCountedBackFromTheDocumentDate() throws Exception {
        Model m = Fixtures.convertOne(dir, "l.txt", """
                Geneva, 14 November 2024

                The 9th session of the Norway–Brazil consultations on ocean governance closed in Geneva on Tuesday.""");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:edition 9 ; dip:date '2024-11-12'^^xsd:date ; dip:status dip:held"));
    }

    @Test
    void oneFormatReportedUnderTwoNamesIsOneSeries() throws Exception {
        Model m = Fixtures.union(Fixtures.convert(dir, Map.of(
                "m1.txt", "Published on 20 May 2024\n\nThe 3rd round of the Chile–India talks was held in Santiago on 16 May 2024.",
                "m2.txt", "Published on 21 May 2024\n\nThe third Chile–India dialogue took place in Santiago on 16 May.")));
        assertTrue(ask(m, "{ SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?x a dip:Meeting ; dip:series ?s } } FILTER(?n = 1)"));
        assertTrue(ask(m, "{ SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a dip:Meeting ; dip:edition 3 } } FILTER(?n = 1)"));
    }

    @Test
    void anInstitutionDefinedByItsAcronymIsFoundAndReused() throws Exception {
        Model m = Fixtures.convertOne(dir, "n.txt", """
                lundi 3 juin 2024

                Les ministres de l'Autorité du bassin du fleuve Zambèze (ABFZ) se sont réunis à Lusaka. L'ABFZ réunit huit pays.""");
        assertTrue(ask(m, "?i a dip:Institution ; rdfs:label ?l ; skos:altLabel ?a FILTER(str(?a) = 'ABFZ' && regex(str(?l), '^Autorité du bassin du fleuve Zambèze$'))"));
        Model en = Fixtures.convertOne(dir, "o.txt", "Published on 3 June 2024\n\nThe Pacific Ocean Fisheries Council (POFC) met in Suva; POFC members agreed quotas.");
        assertTrue(ask(en, "?i a dip:Institution ; rdfs:label 'Pacific Ocean Fisheries Council'@en"));
    }

    @Test
    void membershipIsReadWhereTheTextStatesIt() throws Exception {
        Model m = Fixtures.convertOne(dir, "p.txt", """
                Published on 3 June 2024

                Chile, a founding member of the Pacific Alliance (PA), hosted the talks. Peru and Colombia are both members of the Pacific Alliance, unlike Brazil.""");
        assertTrue(ask(m, "?cl dip:memberOf ?pa . ?cl owl:sameAs wd:Q298 . ?pa rdfs:label 'Pacific Alliance'@en"));
        assertTrue(ask(m, "?pe dip:memberOf ?pa . ?pe owl:sameAs wd:Q419 . ?co dip:memberOf ?pa . ?co owl:sameAs wd:Q739"));
        assertFalse(ask(m, "?br dip:memberOf ?pa . ?br owl:sameAs wd:Q155"));
    }

    @Test
    void aLaterMentionWithAnInitialIsTheSameOfficial() throws Exception {
        Model m = Fixtures.convertOne(dir, "q.txt", """
                Published on 3 June 2024

                The talks were led by Chile's Foreign Minister, Alberto van Klaveren. Later, A. van Klaveren met the press.""");
        assertTrue(ask(m, "{ SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a dip:Official } } FILTER(?n = 1)"));
        assertTrue(ask(m, "?o a dip:Official ; skos:altLabel ?a FILTER(str(?a) = 'A. van Klaveren')"));
    }

    @Test
    void aRoundNamedByItsShortNameAndNumber() throws Exception {
        Model m = Fixtures.convertOne(dir, "r.txt", """
                Published on 3 June 2024

                The 5th Andean Water Summit (AWS5) closed in Quito on 31 May 2024. Delegates agreed that AWS6 will be held in Lima in 2026.""");
        assertTrue(ask(m, "?a a dip:Meeting ; dip:edition 5 ; dip:series ?s ; dip:status dip:held . "
                + "?b a dip:Meeting ; dip:edition 6 ; dip:series ?s ; dip:status dip:planned ; dip:date '2026'^^xsd:gYear ; dip:location ?p . "
                + "?p rdfs:label ?l FILTER(str(?l) = 'Lima')"));
    }

    @Test
    void eachAgreementCueTakesItsOwnDateAndDenialsAreNoParties() throws Exception {
        Model m = Fixtures.convertOne(dir, "s.txt", """
                Published on 3 June 2024

                The Andean Rivers Convention, adopted in Quito in March 2019, entered into force on 2 May 2021.
                Its states parties include Peru, Ecuador and Bolivia. Chile and Argentina have not signed the convention.""");
        assertTrue(ask(m, "?a a dip:Agreement ; dip:inForceSince '2021-05-02'^^xsd:date ; dip:party ?pe . ?pe owl:sameAs wd:Q419"));
        assertFalse(ask(m, "?a a dip:Agreement ; dip:inForceSince '2019-03'^^xsd:gYearMonth"));
        assertFalse(ask(m, "?a a dip:Agreement ; dip:party ?cl . ?cl owl:sameAs wd:Q298"));
    }
}
