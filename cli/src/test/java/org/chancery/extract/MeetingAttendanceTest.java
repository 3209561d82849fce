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
 * Who attended a named meeting (issue 13): "X took part in the summit", "the session was attended by Y", "A was
 * represented by Z". Each document is written for this test, with invented officials.
 */
class MeetingAttendanceTest {
    @TempDir
    Path dir;

    private static String participant(String name) {
        return "?m a dip:Meeting ; dip:edition 9 ; dip:participant ?p . ?p a dip:Official ; rdfs:label ?l FILTER(regex(?l, '" + name + "'))";
    }

    @Test
    void whoTookPartInTheSummitOrWasNamedAfterAttendedByTakesPart() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Published on 3 May 2024

                The 9th Summit of the Coastal States Forum was held in Accra on 2 May 2024.
                Prime Minister of Chile Tomás Errázuriz Vial took part in the summit with a large delegation.
                The session was also attended by the Foreign Minister of Peru, Ramón Ibáñez Soto.
                Later, the Trade Minister of Kenya, Daniel Otieno, spoke to reporters in Nairobi about fisheries.""");
        assertTrue(ask(m, participant("Errázuriz")), "the official named before 'took part in the summit'");
        assertTrue(ask(m, participant("Ibáñez")), "the official named after 'was attended by'");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:edition 9 ; dip:participant <https://w3id.org/chancery/id/state/CL>"), "the state of one who took part");
        assertFalse(ask(m, participant("Otieno")), "no attendance cue: no participant");
    }

    @Test
    void aSideRepresentedBySomeoneTakesPartThroughThem() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                Publié le 3 mai 2024

                Le 9e sommet du Forum des États côtiers s'est tenu le 2 mai 2024 à Accra.
                Le Pérou était représenté par le ministre des Affaires étrangères, Ramón Ibáñez Soto.""");
        assertTrue(ask(m, participant("Ibáñez")), "the delegate named after 'était représenté par'");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:edition 9 ; dip:participant <https://w3id.org/chancery/id/state/PE>"), "the side named before it");
    }

    @Test
    void takingPartInSomethingElseIsNoAttendance() throws Exception {
        Model m = Fixtures.convertOne(dir, "c.txt", """
                Published on 3 May 2024

                The 9th Summit of the Coastal States Forum was held in Accra on 2 May 2024.
                The Foreign Minister of Peru, Ramón Ibáñez Soto, took part in a fishing contest organised by local clubs near the coast of the city.""");
        assertFalse(ask(m, participant("Ibáñez")), "no meeting word after 'took part in'");
    }
}
