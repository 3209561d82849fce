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
 * How meetings are read from everyday news (issue 13): who met, when, with whom. Each document is
 * written for this test, with invented officials.
 */
class MeetingReadingTest {
    @TempDir
    Path dir;

    private Model convert(String name, String text) throws Exception {
        return Fixtures.union(Fixtures.convert(dir, Map.of(name, text)));
    }

    @Test
    void talksAreAlsoNamedByTheOfficialsWhoMet() throws Exception {
        Model m = convert("a.txt", """
                Published on 8 October 2024

                The Foreign Minister of Ghana, Kwame Asante Boateng, held talks in Accra on 7 October with the Foreign Minister of Chile, Tomás Errázuriz Vial.""");
        assertTrue(ask(m, "?m a dip:Meeting ; skos:altLabel ?l FILTER(regex(?l, 'Boateng') && regex(?l, 'Errázuriz'))"),
                "a label names the two ministers");
        assertTrue(ask(m, "?m a dip:Meeting ; rdfs:label ?l FILTER(regex(?l, 'Ghana') && regex(?l, 'Chile'))"), "the main label still names the states");
    }
}
