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
 * Whom an official acts for, with invented people: a posted diplomat represents the sending state
 * and is accredited to the receiving state or body; a counterpart's state comes from the demonym
 * or genitive beside the word.
 */
class OfficialAttributionTest {
    @TempDir
    Path dir;

    private static String official(String surname) {
        return "?o a dip:Official ; rdfs:label ?l FILTER(regex(str(?l), '" + surname + "')) ";
    }

    @Test
    void anAmbassadorRepresentsTheSendingStateAndIsAccreditedToTheHost() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Published on 5 May 2021

                The Ambassador of Chile to Kenya, Rosa Villalobos, presented her credentials in Nairobi.
                Ghana's Permanent Representative to the United Nations, Kofi Mensah-Larbi, addressed the Council.""");
        // Chile Q298, Kenya Q114, Ghana Q117
        assertTrue(ask(m, official("Villalobos") + ". ?o dip:represents ?cl ; dip:accreditedTo ?ke . ?cl owl:sameAs wd:Q298 . ?ke owl:sameAs wd:Q114"));
        assertFalse(ask(m, official("Villalobos") + ". ?o dip:represents ?ke . ?ke owl:sameAs wd:Q114"));
        assertTrue(ask(m, official("Mensah") + ". ?o dip:represents ?gh ; dip:accreditedTo ?un . ?gh owl:sameAs wd:Q117 . ?un a dip:Institution"));
    }

    @Test
    void aFrenchAmbassadorPostedEnOrAupresDe() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                Publié le 12 juin 2020

                L'ambassadeur malien en Côte d'Ivoire, Oumar Keïta, a été reçu au ministère.
                Mme Inès Duvalier, représentante permanente de la Belgique auprès de l'ONU, a pris la parole.""");
        // Mali Q912, Côte d'Ivoire Q1008, Belgium Q31
        assertTrue(ask(m, official("Keïta") + ". ?o dip:represents ?ml ; dip:accreditedTo ?ci . ?ml owl:sameAs wd:Q912 . ?ci owl:sameAs wd:Q1008"));
        assertTrue(ask(m, official("Duvalier") + ". ?o dip:represents ?be ; dip:accreditedTo ?un . ?be owl:sameAs wd:Q31 . ?un a dip:Institution"));
    }

    @Test
    void aStatesLeaderNamedAfterItActsForItNotForTheHeadlinesState() throws Exception {
        Model m = Fixtures.convertOne(dir, "l.txt", """
                Publié le 7 avril 2021

                Kenya : la médiation régionale avance

                Les médiateurs ont remercié la Tanzanie du président Juma Mwakilema, qui avait accueilli la première série de pourparlers.""");
        // Tanzania Q924, Kenya Q114
        assertTrue(ask(m, official("Mwakilema") + ". ?o dip:represents ?tz . ?tz owl:sameAs wd:Q924"));
        assertFalse(ask(m, official("Mwakilema") + ". ?o dip:represents ?ke . ?ke owl:sameAs wd:Q114"));
    }

    @Test
    void anOfficialNamedAgainKeepsTheStateTheTextGaveAndTheHeadlinesOtherStateGoesToTheOtherSide() throws Exception {
        Model m = Fixtures.convertOne(dir, "h2.txt", """
                Published on 2 June 2022

                Ministers of Chile, Kenya hold talks

                Foreign Minister Rosa Villalobos held talks with her Kenyan counterpart Daniel Kiprono Otieno in Santiago.
                Minister Daniel Kiprono Otieno said Kenya hopes to trade more with Chile.""");
        // Chile Q298, Kenya Q114
        assertTrue(ask(m, official("Otieno") + ". ?o dip:represents ?ke . ?ke owl:sameAs wd:Q114"));
        assertFalse(ask(m, official("Otieno") + ". ?o dip:represents ?cl . ?cl owl:sameAs wd:Q298"));
        assertTrue(ask(m, official("Villalobos") + ". ?o dip:represents ?cl . ?cl owl:sameAs wd:Q298"));
    }

    @Test
    void aCounterpartActsForTheStateOfItsDemonymOrGenitive() throws Exception {
        Model m = Fixtures.convertOne(dir, "c.txt", """
                Publié le 3 mars 2022

                Le ministre togolais des Affaires étrangères a reçu son homologue béninois, Aurélien Dossa, à Lomé.
                Later, Chile's counterpart Marta Urrutia joined his Peruvian counterpart Luis Quispe.""");
        // Benin Q962, Chile Q298, Peru Q419
        assertTrue(ask(m, official("Dossa") + ". ?o dip:represents ?bj . ?bj owl:sameAs wd:Q962"));
        assertTrue(ask(m, official("Urrutia") + ". ?o dip:represents ?cl . ?cl owl:sameAs wd:Q298"));
        assertTrue(ask(m, official("Quispe") + ". ?o dip:represents ?pe . ?pe owl:sameAs wd:Q419"));
    }

    @Test
    void anOfficialWhoseStateTheTextDoesNotGiveIsFoundAmongKnownOfficeHolders() throws Exception {
        // The generated table of mappings/office-holders.tsv holds Tanzania's and Haiti's presidents; the text names no state.
        Model m = Fixtures.convertOne(dir, "d.txt", """
                Published on 4 October 2018

                President John Magufuli received five new envoys at the State House on Thursday.
                Le président René Préval a reçu les lettres de créance des nouveaux venus.""");
        // Tanzania Q924, Haiti Q790
        assertTrue(ask(m, official("Magufuli") + ". ?o dip:represents ?tz . ?tz owl:sameAs wd:Q924"));
        assertTrue(ask(m, official("Préval") + ". ?o dip:represents ?ht . ?ht owl:sameAs wd:Q790"));
    }

    @Test
    void theTextWinsOverKnownOfficeHolders() throws Exception {
        // An invented namesake, whom the text says acts for Kenya, keeps Kenya.
        Model m = Fixtures.convertOne(dir, "e.txt", """
                Published on 4 October 2018

                Kenya's Deputy Minister John Magufuli attended the talks.""");
        assertTrue(ask(m, official("Magufuli") + ". ?o dip:represents ?ke . ?ke owl:sameAs wd:Q114"));
        assertFalse(ask(m, official("Magufuli") + ". ?o dip:represents ?tz . ?tz owl:sameAs wd:Q924"));
    }

    @Test
    void aCounterpartIsNotOfTheStateNamedBeforeTheirPossessive() throws Exception {
        Model m = Fixtures.convertOne(dir, "f.txt", """
                Publié le 5 avril 2022

                En visite au Japon, le ministre Paul Agbo et son homologue de la Santé, M. Roch Houngbo, ont visité un hôpital.""");
        // Japan Q17
        assertTrue(ask(m, official("Houngbo")));
        assertFalse(ask(m, official("Houngbo") + ". ?o dip:represents ?jp . ?jp owl:sameAs wd:Q17"));
    }

    @Test
    void aPersonWhoRepresentedAStateActsForIt() throws Exception {
        Model m = Fixtures.convertOne(dir, "g.txt", """
                Publié le 2 juin 2023

                Le vice-ministre Kenji Hoshizaki, qui représentait le Japon, a signé le communiqué.
                Deputy Minister Ana Ruizabal, representing Chile, also spoke.""");
        // Japan Q17, Chile Q298
        assertTrue(ask(m, official("Hoshizaki") + ". ?o dip:represents ?jp . ?jp owl:sameAs wd:Q17"));
        assertTrue(ask(m, official("Ruizabal") + ". ?o dip:represents ?cl . ?cl owl:sameAs wd:Q298"));
    }

    @Test
    void theHolderOfABodysChairOrSecretariatIsItsMemberButAMinisterIsNot() throws Exception {
        Model m = Fixtures.convertOne(dir, "m.txt", """
                Publié le 3 février 2023

                Le président du Ghana, président en exercice de l'Union africaine (UA), Kwesi Boateng, a ouvert le forum.
                The Secretary-General of the Organization of American States, Ana Lucía Ferreyra, called for calm.
                Le ministre des Affaires étrangères du Ghana, Kofi Amankwah, a pris la parole.""");
        // the African Union Q7159; Ghana Q117; the OAS Q123759
        assertTrue(ask(m, official("Boateng") + ". ?o dip:memberOf ?au ; dip:represents ?gh . ?au owl:sameAs wd:Q7159 . ?gh owl:sameAs wd:Q117"));
        assertTrue(ask(m, official("Ferreyra") + ". ?o dip:memberOf ?oas . ?oas owl:sameAs wd:Q123759"));
        assertFalse(ask(m, official("Amankwah") + ". ?o dip:memberOf ?x"));
    }
}
