package org.chancery.extract;

import static org.chancery.Fixtures.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.chancery.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreements in everyday news (documents written for this test): unnamed agreements told apart by
 * their subjects, a summary ("two agreements") giving its parties and date to them, parties per
 * agreement word, a named agreement under its French and English names and acronym as one node,
 * dates to their nearest cue and never more precise than the text.
 */
class AgreementReadingTest {
    @TempDir
    Path dir;

    private Model convert(Map<String, String> texts) throws Exception {
        return Fixtures.union(Fixtures.convert(dir, texts));
    }

    /** An agreement whose label or alternative label matches {@code name}, with a party whose label matches {@code party}. */
    private static String agreementWithParty(String name, String party) {
        return "?a a dip:Agreement ; rdfs:label|skos:altLabel ?l ; dip:party ?p . ?p rdfs:label ?pl"
                + " FILTER(regex(?l, '" + name + "', 'i') && regex(?pl, '" + party + "', 'i'))";
    }

    private static int count(Model m, String where) {
        String q = "PREFIX dip: <https://w3id.org/chancery/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { " + where + " }";
        try (var qe = QueryExecutionFactory.create(q, m)) {
            return qe.execSelect().next().getLiteral("n").getInt();
        }
    }

    @Test
    void deuxMémorandumsSignésEnsembleSontDeuxAccordsAvecLesPartiesEtLaDateDuRésumé() throws Exception {
        Model m = convert(Map.of("peche.txt", """
                mardi 4 juin 2024

                Le Ghana et le Pérou renforcent leur coopération

                Le Ghana et le Pérou ont signé mardi à Accra deux accords de coopération.

                Le premier des deux accords est un mémorandum d'entente dans le domaine de la pêche artisanale.

                Le deuxième accord est un protocole relatif à l'enseignement supérieur."""));
        assertTrue(ask(m, agreementWithParty("p[eê]che", "ghana")));
        assertTrue(ask(m, agreementWithParty("p[eê]che", "p[eé]rou|peru")));
        assertTrue(ask(m, agreementWithParty("enseignement", "ghana")));
        assertTrue(ask(m, agreementWithParty("enseignement", "p[eé]rou|peru")));
        assertTrue(ask(m, "?a a dip:Agreement ; rdfs:label ?l ; dip:signedOn \"2024-06-04\"^^xsd:date FILTER(regex(?l, 'enseignement', 'i'))"));
        assertEquals(2, count(m, "?a a dip:Agreement"), "the summary 'deux accords' is no third agreement");
    }

    @Test
    void eachAgreementOfASentenceTakesThePartnerNamedWithIt() throws Exception {
        Model m = convert(Map.of("kenya.txt", """
                Published on 12 March 2024

                Kenya approves three agreements

                Kenya's parliament approved three agreements on Tuesday.

                An agreement with Norway on fisheries entered into force, along with a protocol on tourism with Chile."""));
        assertTrue(ask(m, agreementWithParty("fisheries", "norway")));
        assertTrue(ask(m, agreementWithParty("fisheries", "kenya")));
        assertTrue(ask(m, agreementWithParty("tourism", "chile")));
        assertTrue(ask(m, agreementWithParty("tourism", "kenya")));
        assertFalse(ask(m, agreementWithParty("tourism", "norway")), "Norway is named with the fisheries agreement");
        assertFalse(ask(m, agreementWithParty("fisheries", "chile")), "Chile is named with the protocol");
    }

    @Test
    void aNamedAgreementInFrenchAndEnglishAndByAcronymIsOneNode() throws Exception {
        Model m = convert(Map.of(
                "en.txt", """
                        Published on 2 May 2024

                        Trade ministers met in Ottawa on Thursday to review how CETA has changed trade in cheese and wine.""",
                "fr.txt", """
                        jeudi 2 mai 2024

                        Les ministres du Commerce ont fait le point jeudi à Ottawa sur l'Accord économique et commercial global et ses effets sur le commerce du fromage."""));
        assertEquals(1, count(m, "?a a dip:Agreement"), "one agreement, whatever the name used");
        assertTrue(ask(m, "?a a dip:Agreement ; rdfs:label ?fr , ?en ; prov:wasDerivedFrom ?d1 , ?d2"
                + " FILTER(regex(?fr, 'commercial global', 'i') && regex(?en, '^CETA$') && ?d1 != ?d2)"));
    }

    @Test
    void aDateGoesToTheCueNearestItAndAPeriodCoveredIsNoSigningDate() throws Exception {
        Model m = convert(Map.of("air.txt", """
                Published on 9 April 2024

                Chile and Kenya agreement on air services comes into effect

                An agreement between Chile and Kenya on air services, signed in 2019 in Santiago, came into effect on 8 April 2024.""",
                "programme.txt", """
                        Le Ghana et le Pérou

                        Le ministre ghanéen et son homologue péruvien ont signé le 14 mars un programme de coopération entre le Ghana et le Pérou.""",
                "plan.txt", """
                        Published on 10 April 2024

                        The ministers of Chile and Kenya signed on Monday an action plan between Chile and Kenya for 2025-2026."""));
        assertTrue(ask(m, "?a a dip:Agreement ; rdfs:label ?l ; dip:signedOn \"2019\"^^xsd:gYear ; dip:inForceSince \"2024-04-08\"^^xsd:date"
                + " FILTER(regex(?l, 'air services', 'i'))"));
        // A document without a date: the day and month signed, no year taken from the period the programme covers.
        assertTrue(ask(m, "?a a dip:Agreement ; rdfs:label ?l ; dip:signedOn \"--03-14\"^^xsd:gMonthDay FILTER(regex(?l, 'programme', 'i'))"));
        // The period a plan covers is no signing date: Monday before the document's date is.
        assertTrue(ask(m, "?a a dip:Agreement ; rdfs:label ?l ; dip:signedOn \"2024-04-08\"^^xsd:date FILTER(regex(?l, 'action plan', 'i'))"));
        assertFalse(ask(m, "?a a dip:Agreement ; dip:signedOn ?d FILTER(contains(str(?d), '2025'))"));
    }

    @Test
    void theTwoMinistersSignOnBehalfOfTheTwoStatesTheArticleIsAbout() throws Exception {
        Model m = convert(Map.of("benin.txt", """
                Published on 20 November 2024

                Benin and Vietnam deepen their ties

                Benin's foreign minister travelled to Vietnam this week. Benin and Vietnam agreed to expand trade in cashew nuts.

                On Wednesday the two ministers signed a memorandum of understanding on vocational training."""));
        assertTrue(ask(m, agreementWithParty("vocational", "benin")));
        assertTrue(ask(m, agreementWithParty("vocational", "viet")));
    }

    @Test
    void aSummaryListingItsSubjectsIsOneAgreementPerSubjectWithTheTwoCountriesAsParties() throws Exception {
        Model m = convert(Map.of("gabon.txt", """
                jeudi 6 juin 2024

                Le Gabon et le Portugal renforcent leurs liens

                Le ministre gabonais des Affaires étrangères a reçu jeudi à Libreville son homologue portugais.

                À l'issue de leurs entretiens, trois accords ont été signés entre les deux pays sur la pêche, les transports maritimes et la culture.""",
                "fiji.txt", """
                        Published on 3 July 2024

                        Fiji and Singapore sign memoranda

                        Fiji and Singapore held talks in Suva on Wednesday.

                        The ministers later witnessed the signing of three memoranda between the two countries on cooperation in the fields of energy; ports and shipping; and sport."""));
        for (String subject : new String[] {"p[eê]che", "transports", "culture"}) {
            assertTrue(ask(m, agreementWithParty(subject, "gabon")), subject);
            assertTrue(ask(m, agreementWithParty(subject, "portugal")), subject);
        }
        assertEquals(1, count(m, agreementWithParty("ports and shipping", "fiji")), "'ports and shipping' is one subject between semicolons");
        assertTrue(ask(m, agreementWithParty("energy", "singapo")));
        assertTrue(ask(m, agreementWithParty("sport", "singapo")));
        assertTrue(ask(m, "?a a dip:Agreement ; rdfs:label ?l ; dip:signedOn \"2024-07-03\"^^xsd:date FILTER(regex(?l, 'energy', 'i'))"),
                "signed at the talks of the day");
        assertEquals(6, count(m, "?a a dip:Agreement"), "the summaries ('trois accords', 'three memoranda') are no agreements of their own");
    }

    @Test
    void aDateInAnotherClauseAfterTheSigningIsNotItsDate() throws Exception {
        Model m = convert(Map.of("rabat.txt", """
                jeudi 7 mars 2024

                Le Maroc et le Chili signent trois accords

                La visite s'est conclue par la signature de trois accords entre le Maroc et le Chili, prolongeant le partenariat stratégique que les deux pays avaient lancé en mai 2019."""));
        assertTrue(ask(m, agreementWithParty("accords", "chili|chile")));
        assertFalse(ask(m, "?a a dip:Agreement ; dip:signedOn ?d FILTER(contains(str(?d), '2019'))"), "May 2019 is when the partnership was launched");
    }

    @Test
    void aTreatyNamedInPassingHasNoPartiesButOneRatifiedHas() throws Exception {
        Model m = convert(Map.of("charter.txt", """
                Published on 5 February 2024

                Lima hosts climate talks

                Peru argued that its fishing rules were in line with the UN Charter.

                Kenya ratified the Paris Agreement in 2016, its minister recalled in Lima."""));
        assertFalse(ask(m, agreementWithParty("charter", "peru|p[eé]rou")), "Peru only invokes the Charter");
        assertTrue(ask(m, agreementWithParty("paris", "kenya")));
    }

    @Test
    void separateDealsSumSeveralUpAndAreNoAgreementOfTheirOwn() throws Exception {
        Model m = convert(Map.of("deals.txt", """
                Published on 8 May 2024

                Separate deals with Chile, Peru and Kenya come into effect

                An agreement with Chile on fisheries came into effect on Monday, along with a protocol on tourism with Peru and a treaty on sport with Kenya."""));
        assertTrue(ask(m, agreementWithParty("fisheries", "chil")));
        assertFalse(ask(m, agreementWithParty("separate", "kenya")), "the headline sums the three up");
    }
    @Test
    void aMemorandumWithItsShortFormInBracketsIsOneAndTheMoULaterIsItNotTheSummary() throws Exception {
        Model m = convert(Map.of("salt.txt", """
                Lusaka, 6 August 2024

                Zambia and Botswana deepen ties

                Zambia and Botswana held talks in Lusaka on Monday.

                Three agreements and a memorandum of understanding (MoU) were signed between the two countries after the talks.

                The MoU covers cooperation in the field of salt mining."""));
        assertEquals(1, count(m, "?a a dip:Agreement ; rdfs:label|skos:altLabel ?l FILTER(regex(?l, 'mou|memorandum', 'i'))"),
                "the memorandum and its bracketed short form are one agreement");
        assertTrue(ask(m, agreementWithParty("salt", "botswana")), "the MoU takes what the later sentence says it covers");
        assertTrue(ask(m, "?a a dip:Agreement ; rdfs:label ?l ; dip:signedOn \"2024-08-05\"^^xsd:date FILTER(regex(?l, 'salt', 'i'))"),
                "signed after the talks of Monday");
        assertFalse(ask(m, "?a a dip:Agreement ; rdfs:label ?l FILTER(regex(?l, '^agreements', 'i') && regex(?l, 'salt', 'i'))"),
                "the three agreements are not what the MoU covers");
    }
    @Test
    void signedAfterTheTalksIsTheDayOfTheReportsTalksNotOfAMeetingItLooksBackOn() throws Exception {
        Model m = convert(Map.of("armenia.txt", """
                YEREVAN, 12.03.2021

                The foreign minister of Georgia visited Armenia on March 11 and held talks with his Armenian counterpart.

                The ministers reviewed the decisions taken during the visit of the Armenian president to Georgia last year in June.

                Following the talks, the two ministers signed a cooperation programme between the foreign ministries of Georgia and Armenia for 2021."""));
        assertTrue(ask(m, "?a a dip:Agreement ; dip:signedOn \"2021-03-11\"^^xsd:date"), "the day of the report's talks");
        assertFalse(ask(m, "?a a dip:Agreement ; dip:signedOn ?d FILTER(contains(str(?d), '2020'))"), "not last year's visit");
    }
}
