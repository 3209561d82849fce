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
 * Names of officials as news writes them, with invented people: forms of address before the name
 * (mappings/honorifics.ttl), surnames in capitals, surnames that are also French words, and the
 * surname alone later in the text.
 */
class OfficialNamesTest {
    @TempDir
    Path dir;

    private static String official(String label) {
        return "?o a dip:Official ; rdfs:label ?l FILTER(str(?l) = '" + label + "')";
    }

    @Test
    void formsOfAddressAreNotPartOfTheName() throws Exception {
        Model m = Fixtures.convertOne(dir, "h.txt", """
                Publié le 4 mars 2021

                Le ministre des Affaires étrangères du Ghana, M. Kwesi Adomako, a reçu l'ambassadrice Mme Odile Ferrand.
                Le président de la République du Niger, Son Excellence M. Idrissa Maïga, était présent.
                S.E. l'honorable Grace Tembo, ministre zambienne du Commerce, a pris la parole.""");
        assertTrue(ask(m, official("Kwesi Adomako")));
        assertTrue(ask(m, official("Idrissa Maïga")));
        assertTrue(ask(m, official("Grace Tembo")));
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label|skos:altLabel ?l FILTER(regex(str(?l), '^(M|Mme|S\\\\.E|Son|Excellence|l.honorable)[ .]', 'i'))"));
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label 'Idrissa Maïga'@fr ; dip:represents ?ne . ?ne owl:sameAs wd:Q1032"));
    }

    @Test
    void englishFormsOfAddressToo() throws Exception {
        Model m = Fixtures.convertOne(dir, "e.txt", """
                Published on 9 May 2022

                H.E. Dr Samuel Okafor, Minister of Foreign Affairs of Nigeria, welcomed the Hon. Mary Achieng, Kenya's Foreign Minister.""");
        assertTrue(ask(m, official("Samuel Okafor") + " ?o dip:represents ?ng . ?ng owl:sameAs wd:Q1033"));
        assertTrue(ask(m, official("Mary Achieng")));
    }

    @Test
    void anInstitutionsNameAfterATitleIsNotAPerson() throws Exception {
        Model m = Fixtures.convertOne(dir, "i.txt", """
                Published on 12 April 2022

                Talatu Bello, permanent secretary of the Federal Ministry of Water Resources, met the donors.
                Le secrétaire général, M. Omer Kaboré, du Ministère de la Santé, a ouvert la réunion.""");
        assertTrue(ask(m, official("Talatu Bello")));
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label|skos:altLabel ?l FILTER(regex(str(?l), 'minist', 'i'))"));
    }

    @Test
    void aSurnameInCapitalsIsPartOfTheName() throws Exception {
        Model m = Fixtures.convertOne(dir, "c.txt", """
                Publié le 2 février 2019

                L'ambassadeur de Belgique M. Pierre VANDAMME a rencontré le président Ashok RAMDIN.""");
        assertTrue(ask(m, official("Pierre Vandamme")));
        assertTrue(ask(m, official("Ashok Ramdin")));
        assertFalse(ask(m, official("Pierre")));
    }

    @Test
    void aSurnameThatIsAFrenchWordDoesNotCutTheName() throws Exception {
        Model m = Fixtures.convertOne(dir, "s.txt", """
                Publié le 8 octobre 2020

                Le ministre des Affaires étrangères Jean-Marc Le Guen a reçu le vice-ministre vietnamien Tran Van Son à Paris.
                Le Guen a salué la visite.""");
        assertTrue(ask(m, official("Jean-Marc Le Guen")));
        assertTrue(ask(m, official("Tran Van Son")));
        assertTrue(ask(m, "{ SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a dip:Official } } FILTER(?n = 2)"));
    }

    @Test
    void aPersonKeepsOneIriWhenTheirTitleChangesAcrossTheYears() throws Exception {
        Model m = Fixtures.union(Fixtures.convert(dir, Map.of(
                "y1.txt", "Published on 3 March 2015\n\nThe Deputy Foreign Minister of Ghana, Abena Owusu-Mensah, opened the forum.",
                "y2.txt", "Publié le 9 juin 2021\n\nLa ministre ghanéenne des Affaires étrangères, Mme Abena Owusu-Mensah, a reçu la délégation.")));
        assertTrue(ask(m, "{ SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a dip:Official } } FILTER(?n = 1)"));
        assertTrue(ask(m, "?o a dip:Official ; dip:title ?a, ?b FILTER(regex(str(?a), 'Deputy') && regex(str(?b), 'ministre'))"));
    }

    @Test
    void aRegnalNumberEndsTheNameAndMonarchsFormsOfAddressAreLeftOut() throws Exception {
        Model m = Fixtures.convertOne(dir, "r.txt", """
                Publié le 5 juin 2023

                Sa Majesté le Roi Tafari II a reçu à Maseru le Roi Amadou IV, qui a salué la coopération.""");
        assertTrue(ask(m, official("Tafari II")));
        assertTrue(ask(m, official("Amadou IV")));
        assertFalse(ask(m, official("Tafari")));
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label ?l FILTER(regex(str(?l), 'Majest'))"));
    }

    @Test
    void capitalisedParticlesOfArabicNamesDoNotCutTheName() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Published on 2 May 2022

                His Highness Sheikh Khalid Bin Saeed Bin Rashid Al Mansoori, Minister of State of Qatar, said the talks were useful.""");
        assertTrue(ask(m, official("Khalid Bin Saeed Bin Rashid Al Mansoori") + " ?o dip:represents ?qa . ?qa owl:sameAs wd:Q846"));
        assertFalse(ask(m, official("Rashid Al Mansoori")));
    }

    @Test
    void aMilitaryRankBeforeANameMarksAnOfficialWhoseStateASecondTitleGives() throws Exception {
        Model m = Fixtures.convertOne(dir, "g.txt", """
                Publié le 9 août 2024

                Le Colonel Moussa Kanté, ministre de la Défense du Burkina Faso, a déclaré que la situation restait calme.
                His Majesty Sultan Hamid Al Rashdi, Sultan of Oman, sent a message.""");
        assertTrue(ask(m, official("Moussa Kanté") + " ?o dip:title ?t ; dip:represents ?bf FILTER(str(?t) = 'Colonel') . ?bf owl:sameAs wd:Q965"));
        assertTrue(ask(m, official("Hamid Al Rashdi") + " ?o dip:title ?t ; dip:represents ?om FILTER(str(?t) = 'Sultan') . ?om owl:sameAs wd:Q842"));
        // a common word: "en général" is no title
        assertFalse(ask(Fixtures.convertOne(dir, "n.txt", "Publié le 9 août 2024\n\nEn général Paul Mensah ne parle pas."),
                "?o a dip:Official"));
    }

    @Test
    void theCapitalisedPortfolioBeforeATitleIsPartOfIt() throws Exception {
        Model m = Fixtures.convertOne(dir, "p.txt", """
                Published on 4 April 2023

                External Affairs Minister R. Venkataraman met the press, and later Kenya's Trade Commissioner Grace Wanjiru spoke.""");
        assertTrue(ask(m, official("R. Venkataraman") + " ?o dip:title ?t FILTER(str(?t) = 'External Affairs Minister')"));
        assertTrue(ask(m, official("Grace Wanjiru") + " ?o dip:title ?t FILTER(str(?t) = 'Trade Commissioner')"));
        assertFalse(ask(m, "?o a dip:Official ; dip:title ?t FILTER(regex(str(?t), 'Kenya'))"));
    }

    @Test
    void aPermanentSecretaryAfterTheNameWithThePortfolioBeforeTheRole() throws Exception {
        Model m = Fixtures.convertOne(dir, "ps.txt", """
                Published on 4 April 2018

                "We are ready," said Mr Hamisi Juma, the Foreign Affairs deputy permanent secretary, at the reception.""");
        assertTrue(ask(m, official("Hamisi Juma") + " ?o dip:title ?t FILTER(str(?t) = 'Foreign Affairs deputy permanent secretary')"));
    }

    @Test
    void aTitleOpeningTheClauseAfterAnIntroductoryPhrase() throws Exception {
        Model m = Fixtures.convertOne(dir, "i.txt", """
                Publié le 9 mai 2016

                De son côté, le ministre ghanéen des Affaires étrangères, Kofi Mensah a annoncé sa visite.""");
        // Ghana Q117
        assertTrue(ask(m, official("Kofi Mensah") + " ?o dip:represents ?gh . ?gh owl:sameAs wd:Q117"));
    }
}
