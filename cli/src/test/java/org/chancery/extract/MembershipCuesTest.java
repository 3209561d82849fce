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
 * Membership is read where the text ties a state to a body (a presidency, a host, "includes", "as a member", a
 * list after "members:"), not from every member state the document happens to name.
 */
class MembershipCuesTest {
    @TempDir
    Path dir;

    @Test
    void aRoleWordTiesTheStateNextToItNotTheOthers() throws Exception {
        Model m = Fixtures.convertOne(dir, "g7.txt", """
                Published on 2 May 2024

                The foreign ministers of Germany and Japan flew to Rome on Tuesday.
                There they met the minister of Italy, the host of the G7 this year, and spoke of Jamaica's chairmanship of CARICOM.
                CARICOM also includes Barbados and Guyana, which sent observers.""");
        assertTrue(ask(m, Fixtures.memberPattern("Q38", "group of seven|g7")), "Italy, host of the G7");
        assertTrue(ask(m, Fixtures.memberPattern("Q766", "caribbean|caricom")), "Jamaica's chairmanship of CARICOM");
        assertTrue(ask(m, Fixtures.memberPattern("Q244", "caribbean|caricom")), "CARICOM includes Barbados");
        assertTrue(ask(m, Fixtures.memberPattern("Q734", "caribbean|caricom")), "… and Guyana");
        // Germany and Japan belong to the G7, but nothing here says so
        assertFalse(ask(m, Fixtures.memberPattern("Q183", "group of seven|g7")));
        assertFalse(ask(m, Fixtures.memberPattern("Q17", "group of seven|g7")));
    }

    @Test
    void asAMemberAndAListAfterTheColon() throws Exception {
        Model m = Fixtures.convertOne(dir, "p5.txt", """
                Published on 2 May 2024

                Russia, as a permanent member of the Security Council, blocked the draft on Friday.
                ASEAN was set up in 1967, when its founding members: Indonesia, Malaysia and Thailand signed a short declaration.""");
        assertTrue(ask(m, Fixtures.memberPattern("Q159", "security council|sécurité")));
        assertTrue(ask(m, Fixtures.memberPattern("Q252", "south-?east asian|asean")));
        assertTrue(ask(m, Fixtures.memberPattern("Q869", "south-?east asian|asean")));
    }

    @Test
    void aVoteTheSentenceGivesToAnotherOrganIsNotTheCouncils() throws Exception {
        Model m = Fixtures.convertOne(dir, "ga.txt", """
                Published on 9 May 2024

                The Security Council adopted resolution 2799 (2024) on Monday.
                Brazil and Kenya voted in favour.
                A week later 150 members of the General Assembly backed a related text, while Cuba and Syria voted against.""");
        assertTrue(ask(m, Fixtures.memberPattern("Q155", "security council|sécurité")));
        assertFalse(ask(m, Fixtures.memberPattern("Q241", "security council|sécurité")));
        assertFalse(ask(m, Fixtures.memberPattern("Q858", "security council|sécurité")));
    }

    @Test
    void anOfficialElectedToLeadABodyIsAMemberButOneWhoOnlyActsForItIsNot() throws Exception {
        // The real gold counts a body's elected or serving chair and secretary-general as members of it (OfficialStage's
        // MembershipOffice covers the serving ones); an envoy or spokesperson who speaks for the body is not.
        Model m = Fixtures.convertOne(dir, "sg.txt", """
                Published on 2 May 2024

                Ana Ruiz was elected Secretary-General of the Organization of American States on Friday.
                The spokesperson of the United Nations, Tom Berg, sent a message.""");
        assertTrue(ask(m, "?o rdfs:label ?l ; dip:memberOf ?b . ?b rdfs:label 'Organization of American States'@en FILTER(regex(str(?l), 'ruiz', 'i'))"));
        assertFalse(ask(m, "?o rdfs:label ?l ; dip:memberOf ?b . FILTER(regex(str(?l), 'berg', 'i'))"));
    }

    @Test
    void statesThatJoinedABodyAreItsMembers() throws Exception {
        Model m = Fixtures.convertOne(dir, "join.txt", """
                Published on 2 May 2024

                Senegal and Mali signed the text in Dakar; Finland and Sweden joined NATO after a long debate.
                Le Brésil a salué l'accord, puis le Sénégal a rejoint l'Union africaine.""");
        assertTrue(ask(m, Fixtures.memberPattern("Q33", "north atlantic|nato")), "Finland");
        assertTrue(ask(m, Fixtures.memberPattern("Q34", "north atlantic|nato")), "Sweden");
        assertFalse(ask(m, Fixtures.memberPattern("Q1041", "north atlantic|nato")), "Senegal is in another clause");
        assertTrue(ask(m, Fixtures.memberPattern("Q1041", "african union|union africaine")));
        assertFalse(ask(m, Fixtures.memberPattern("Q155", "african union|union africaine")), "Brazil is in another clause");
    }

    @Test
    void aCountedGroupElectedIsNamedByTheNextSentencesList() throws Exception {
        Model m = Fixtures.convertOne(dir, "elected.txt", """
                Publié le 3 juin 2024

                Deux pays ont été élus membres non permanents du Conseil de sécurité.
                Il s'agit de l'Irlande et du Ghana, qui succèdent à deux autres États.
                Two countries were elected to the Human Rights Council on Friday.
                Observers came from Peru and Nepal.""");
        assertTrue(ask(m, Fixtures.memberPattern("Q27", "security council|sécurité")), "Ireland, named after 'Il s'agit de'");
        assertTrue(ask(m, Fixtures.memberPattern("Q117", "security council|sécurité")), "Ghana");
        // the next sentence does not open on a list of the group: its states are no members
        assertFalse(ask(m, Fixtures.memberPattern("Q419", "human rights|droits")), "Peru only sent observers");
        assertFalse(ask(m, Fixtures.memberPattern("Q837", "human rights|droits")), "Nepal only sent observers");
    }

    @Test
    void anOfficeHeldAsTheChairOfABodyIsASeatInIt() throws Exception {
        Model m = Fixtures.convertOne(dir, "office.txt", """
                Published on 3 June 2024

                The leaders elected President Kofi Mensah of Ghana as the chair of ECOWAS for one year.
                Minister Ana Ruiz of Chile spoke as the guest of the African Union.""");
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:memberOf ?b . ?b rdfs:label ?n "
                + "FILTER(regex(?l, 'Mensah') && regex(?n, 'ECOWAS|Economic Community', 'i'))"), "the chair of ECOWAS");
        // a guest is no office: no seat
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:memberOf ?b FILTER(regex(?l, 'Ruiz'))"));
    }

    @Test
    void membersListedAfterIncludingTheBody() throws Exception {
        Model m = Fixtures.convertOne(dir, "including.txt", """
                Published on 3 June 2024

                The member states of ECOWAS, including Ghana and Togo, welcomed the plan, and so did Canada.""");
        assertTrue(ask(m, Fixtures.memberPattern("Q117", "ecowas|economic community")), "Ghana, listed after 'including'");
        assertTrue(ask(m, Fixtures.memberPattern("Q945", "ecowas|economic community")), "Togo");
        assertFalse(ask(m, Fixtures.memberPattern("Q16", "ecowas|economic community")), "Canada only agreed");
    }
}
