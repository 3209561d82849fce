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
}
