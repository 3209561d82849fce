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
 * Credentials presented "to President X" / "au président X" (sentences written for this test, invented
 * officials): X hosts the ceremony, and the ambassador is accredited to X's state.
 */
class CredentialsHostTest {
    @TempDir
    Path dir;

    private Model convert(Map<String, String> texts) throws Exception {
        return Fixtures.union(Fixtures.convert(dir, texts));
    }

    @Test
    void anAmbassadorPresentingCredentialsToAPresidentIsAccreditedToHisState() throws Exception {
        Model m = convert(Map.of("c.txt", """
                Published on 14 March 2024

                The new Ambassador of Norway, Erik Solbakken, presented his credentials to Chilean President Tomas Valdivia at the presidential palace on 13 March."""));
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:accreditedTo ?s . ?s rdfs:label ?c FILTER(regex(?l, 'Solbakken') && regex(?c, 'chile', 'i'))"));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:host ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Valdivia'))"));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:host ?s . ?s a dip:State ; rdfs:label ?l FILTER(regex(?l, 'chile', 'i'))"));
        assertFalse(ask(m, "?m a dip:Meeting ; dip:host ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Solbakken|norw', 'i'))"), "the ambassador is no host");
    }

    @Test
    void enFrancaisLAmbassadeurEstAccréditéAuprèsDeLÉtatDuPrésident() throws Exception {
        Model m = convert(Map.of("d.txt", """
                mardi 9 avril 2024

                L'ambassadeur de Belgique, Luc Vandermeulen, a remis ses lettres de créance au président du Sénégal, Ousmane Diatta, le 8 avril à Dakar."""));
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:accreditedTo ?s . ?s rdfs:label ?c FILTER(regex(?l, 'Vandermeulen') && regex(?c, 'sénégal|senegal', 'i'))"));
        assertTrue(ask(m, "?m a dip:Meeting ; dip:host ?o . ?o rdfs:label ?l FILTER(regex(?l, 'Diatta'))"));
        assertFalse(ask(m, "?o rdfs:label ?l ; dip:accreditedTo ?s . ?s rdfs:label ?c FILTER(regex(?l, 'Diatta'))"), "the president is accredited nowhere");
    }
}
