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
 * A headline or dateline naming exactly one state gives it to officials whose state the text does not
 * give (documents written for this test, invented officials).
 */
class HeadlineStateTest {
    @TempDir
    Path dir;

    private Model convert(Map<String, String> texts) throws Exception {
        return Fixtures.union(Fixtures.convert(dir, texts));
    }

    private static String represents(String name, String state) {
        return "?o a dip:Official ; rdfs:label ?l ; dip:represents ?s . ?s rdfs:label ?c FILTER(regex(?l, '" + name + "') && regex(?c, '" + state + "', 'i'))";
    }

    @Test
    void aHeadlineNamingOneStateGivesItToTheMinister() throws Exception {
        Model m = convert(Map.of("e.txt", """
                Published on 3 June 2024

                Ghana launches a plan for rural water supply

                Foreign Minister Kwame Asante-Boadu said on Monday that the plan would help farmers in the north."""));
        assertTrue(ask(m, represents("Asante-Boadu", "ghana")));
    }

    @Test
    void unDatelineDansUneCapitaleDonneSonÉtatAuMinistre() throws Exception {
        Model m = convert(Map.of("f.txt", """
                lundi 10 juin 2024

                Une réunion sur la gestion de l'eau

                ALGER — Le ministre des Affaires étrangères, Karim Belhadj, a présidé lundi une réunion sur la gestion de l'eau."""));
        assertTrue(ask(m, represents("Belhadj", "alg")));
    }

    @Test
    void aHeadlineNamingTwoStatesGivesNone() throws Exception {
        Model m = convert(Map.of("g.txt", """
                Published on 3 June 2024

                Ghana and Peru discuss fisheries

                Foreign Minister Kwame Asante-Boadu said on Monday that the talks had gone well."""));
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:represents ?s FILTER(regex(?l, 'Asante-Boadu'))"), "two states named: no guess");
    }
}
