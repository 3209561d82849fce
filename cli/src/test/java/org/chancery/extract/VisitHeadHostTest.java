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
 * The official who hosts a visit no sentence says anyone received (issue 13): the receiving state's highest office
 * the report names. Each document is written for this test, with invented officials.
 */
class VisitHeadHostTest {
    @TempDir
    Path dir;

    private static String host(String name) {
        return "?m a dip:Meeting ; dip:host ?p . ?p a dip:Official ; rdfs:label ?l FILTER(regex(?l, '" + name + "'))";
    }

    @Test
    void ofTheReceivingSidesOfficialsTheOneWhoOutranksTheOthersHosts() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Publié le 5 mai 2024

                Le président chilien Tomás Errázuriz Vial a effectué une visite officielle au Ghana le 4 mai 2024.
                Au cours de la visite, le président du Ghana, Kwame Asante Boateng, et la ministre ghanéenne des Affaires étrangères, Ama Owusu Mensah, ont eu des entretiens avec le président chilien à Accra.""");
        assertTrue(ask(m, host("Boateng")), "the head of state of the receiving side");
        assertFalse(ask(m, host("Owusu")), "outranked");
    }

    @Test
    void aHeadOfStateOnAVisitIsHostedByTheReceivingStatesOneHeadOfState() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                Published on 5 May 2024

                Ghana and Chile signed three agreements on Saturday, said the Ghanaian President, Kwame Asante Boateng.
                Chilean President Tomás Errázuriz Vial began a state visit to Ghana on 3 May 2024.""");
        assertTrue(ask(m, host("Boateng")), "the one Ghanaian head of state the report names");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:participant ?p . ?p rdfs:label ?l FILTER(regex(?l, 'Boateng'))"), "a host takes part");
    }

    @Test
    void aCityBeforeACapitalisedActingTitleIsWhereTheTalksAreHeld() throws Exception {
        Model m = Fixtures.convertOne(dir, "c.txt", """
                Published on 5 May 2024

                On 4 May 2024 in Lausanne Acting Foreign Minister of Switzerland Jonas Keller Amstutz held talks with the Foreign Minister of Chile, Tomás Errázuriz Vial.""");
        assertTrue(ask(m, "?m a dip:Meeting ; dip:location ?p . ?p rdfs:label ?l FILTER(regex(?l, 'Lausanne'))"), "not a given name before 'Acting'");
        assertTrue(ask(m, host("Amstutz")), "the talks are held in his state");
        assertFalse(ask(m, "?p a dip:Official ; dip:title ?t FILTER(regex(?t, 'Lausanne'))"), "the city is no part of the title");
    }
}
