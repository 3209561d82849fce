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

/** A body that adopts a resolution, or in which a veto is cast, sat that day (SittingStage); texts written for this test. */
class SittingTest {
    @TempDir
    Path dir;

    private Model convert(Map<String, String> texts) throws Exception {
        return Fixtures.union(Fixtures.convert(dir, texts));
    }

    @Test
    void anAdoptionReportedTheWeekItHappenedIsASittingOfTheBody() throws Exception {
        Model m = convert(Map.of("a.txt", """
                Published on 12 March 2025

                On 11 March 2025 the United Nations General Assembly adopted resolution 79/288 on desert locust control by 140 votes to 2, with 15 abstentions."""));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:date '2025-03-11'^^xsd:date ; dip:status dip:held ; dip:participant ?ga . "
                + "?r a dip:Resolution ; dip:adoptedBy ?ga . ?ga a dip:Institution"), "the Assembly sat the day it adopted the text");
    }

    @Test
    void anAdoptionRecalledYearsLaterWithNoVoteIsNoSitting() throws Exception {
        Model m = convert(Map.of("b.txt", """
                Published on 12 March 2025

                The agency works under resolution 1234, which the Security Council adopted on 4 June 2009."""));
        assertFalse(ask(m, "?m a dip:Meeting ; dip:participant ?c . ?c a dip:Institution"), "history recalled is not the news reported");
    }

    @Test
    void aVetoIsASittingOfTheCouncilWithTheVetoingState() throws Exception {
        Model m = convert(Map.of("c.txt", """
                Published on 21 May 2025

                On 20 May 2025 Russia vetoed a draft text on shipping in the Black Sea in the United Nations Security Council."""));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:date '2025-05-20'^^xsd:date ; dip:participant ?sc , ?ru . ?sc a dip:Institution . "
                + "?ru rdfs:label ?l FILTER(regex(?l, 'russ', 'i'))"));
    }

    @Test
    void aVoteCountedOnAWeekdayOfAnUndatedReportIsAnUndatedSitting() throws Exception {
        Model m = convert(Map.of("d.txt", """
                L'Assemblée générale des Nations unies a adopté mardi une résolution sur la pêche en haute mer par 120 voix pour, 8 contre et 20 abstentions."""));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:status dip:held ; dip:participant ?ga . ?r a dip:Resolution ; dip:adoptedBy ?ga"),
                "the Assembly sat, though the report gives no date to place the Tuesday");
        assertFalse(ask(m, "?m a dip:Meeting ; dip:date ?d"), "a weekday of an undated report is no date");
    }

    @Test
    void anUndatedVetoIsASittingOfTheBodyNamedByTheVetoWithOnlyItsCaster() throws Exception {
        Model m = convert(Map.of("e.txt", """
                The General Assembly condemned the blockade of the Ukrainian ports, after a similar text had been vetoed by Russia in the Security Council some weeks earlier."""));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:participant ?sc , ?ru . ?sc a dip:Institution ; rdfs:label ?sl . "
                + "?ru rdfs:label ?l FILTER(regex(?l, 'russ', 'i') && regex(?sl, 'security', 'i'))"), "the Council sat with the vetoing state");
        assertFalse(ask(m, "?m a dip:Meeting ; dip:participant ?ua . ?ua rdfs:label ?l FILTER(regex(?l, 'ukrain', 'i'))"),
                "a state named further from the veto did not cast it");
        assertFalse(ask(m, "?m a dip:Meeting ; dip:participant ?ga . ?ga rdfs:label ?l FILTER(regex(?l, 'general assembly', 'i'))"),
                "the Assembly named in the sentence is not where the veto was cast");
    }

    @Test
    void vetoesCountedOverYearsAreNoSitting() throws Exception {
        Model m = convert(Map.of("f.txt", """
                Russia has vetoed many texts on the war in the Security Council since 2014."""));
        assertFalse(ask(m, "?m a dip:Meeting"));
    }

    @Test
    void theRightOfVetoIsNoSitting() throws Exception {
        Model m = convert(Map.of("g.txt", """
                Les nouveaux élus rejoindront les membres permanents du Conseil de sécurité disposant du droit de veto, dont la France et la Chine."""));
        assertFalse(ask(m, "?m a dip:Meeting"));
    }
}
