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
 * Resolutions in everyday news (documents written for this test): the states of the vote are voters, not what the
 * resolution is about; a later "the resolution calls on …" says what it is about; a dashed tally is a vote; a mandate
 * running "until" a date gives no adoption date, a weekday of the document's week does.
 */
class ResolutionReadingTest {
    @TempDir
    Path dir;

    private Model convert(Map<String, String> texts) throws Exception {
        return Fixtures.union(Fixtures.convert(dir, texts));
    }

    private static String concerns(String state) {
        return "?r a dip:Resolution ; dip:concerns ?s . ?s rdfs:label ?l FILTER(regex(?l, '" + state + "', 'i'))";
    }

    @Test
    void votersAreNotWhatTheResolutionConcernsAndALaterSentenceSaysWhatItDoes() throws Exception {
        Model m = convert(Map.of("somalia.txt", """
                Published on 12 March 2025

                The UN General Assembly on Tuesday adopted a resolution on Somalia by 120 votes to 9, with 30 abstentions, among them Brazil and India.

                The resolution calls on Kenyan and Ethiopian forces to stay until the elections."""));
        assertTrue(ask(m, concerns("somali")));
        assertTrue(ask(m, concerns("kenya")), "a demonym in a later sentence that points back at the resolution");
        assertTrue(ask(m, concerns("ethiopi")));
        assertFalse(ask(m, concerns("brazil|br[eé]sil")), "Brazil abstained");
        assertFalse(ask(m, concerns("india|inde")), "India abstained");
        assertTrue(ask(m, "?r a dip:Resolution ; dip:date \"2025-03-11\"^^xsd:date"), "Tuesday of the document's week");
    }

    @Test
    void aDashedTallyIsTheVoteAndAMandateEndIsNoAdoptionDate() throws Exception {
        Model m = convert(Map.of("libya.txt", """
                Published on 3 June 2024

                The Security Council adopted a resolution renewing the arms embargo on Libya until 3 June 2025.

                The vote was 14-0-1."""));
        assertTrue(ask(m, "?r a dip:Resolution ; dip:votesFor 14 ; dip:votesAgainst 0 ; dip:abstentions 1"));
        assertFalse(ask(m, "?r a dip:Resolution ; dip:date ?d FILTER(contains(str(?d), '2025'))"), "the embargo's end");
        assertTrue(ask(m, concerns("liby")));
    }

    @Test
    void aHeadlineAndItsVoteSentenceAreOneResolutionAndAVetoElsewhereIsNone() throws Exception {
        Model m = convert(Map.of("mali.txt", """
                General Assembly backs resolution on Malian transition
                2025-04-10

                The General Assembly on Wednesday adopted a resolution supporting the transition in Mali, as reported by Sahel Daily.

                The resolution was supported by 110 members, 8 voted against and 40 abstained.

                Russia had opposed the resolution and on 2 April, in the Security Council, vetoed it with China."""));
        assertTrue(ask(m, "?r a dip:Resolution ; dip:votesFor 110 ; skos:altLabel ?a FILTER(contains(?a, 'Malian'))"),
                "the headline's mention and the vote's are one node");
        assertFalse(ask(m, "?r a dip:Resolution ; dip:adoptedBy ?b . ?b rdfs:label ?l FILTER(regex(?l, 'security council', 'i'))"),
                "a veto adopts nothing");
        assertFalse(ask(m, "?r a dip:Resolution . ?q a dip:Resolution FILTER(?r != ?q)"), "one resolution");
        assertFalse(ask(m, concerns("china|chine")), "a veto's states are voters of another body");
        assertFalse(ask(m, "?r a dip:Resolution ; dip:date \"2025-04-10\"^^xsd:date"), "the page's date line is not the adoption day");
    }
}
