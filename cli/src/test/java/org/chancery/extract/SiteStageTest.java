package org.chancery.extract;

import static org.chancery.Fixtures.ask;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.chancery.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seats of power under a common name and towns the text places in a state are places of that state. */
class SiteStageTest {
    @TempDir
    Path dir;

    private static String placeIn(String regex, String stateQid) {
        return "?p a dip:Place ; rdfs:label ?l ; dip:inState ?s . ?s owl:sameAs wd:" + stateQid
                + " FILTER(regex(str(?l), '" + regex + "', 'i'))";
    }

    @Test
    void aSeatOfPowerTakesTheStateOfThePlaceBesideIt() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Published on 5 May 2024

                The new ambassadors of Norway and Chile presented their credentials at the State House in Nairobi on Friday.""");
        assertTrue(ask(m, placeIn("state house", "Q114")), "Kenya, by Nairobi");
        assertFalse(ask(m, placeIn("state house", "Q20")), "not Norway");
    }

    @Test
    void unDatelineDonneLEtatDuPalais() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                Dakar, le 5 mai 2024

                Le président a reçu son homologue ghanéen au palais de la République, où les deux délégations ont travaillé.""");
        assertTrue(ask(m, placeIn("palais de la r.publique", "Q1041")), "Senegal, by the dateline");
    }

    @Test
    void aTownTheTextPlacesInAState() throws Exception {
        Model m = Fixtures.convertOne(dir, "c.txt", """
                Published on 5 May 2024

                The ministers met in the Ghanaian city of Tamale, then flew on to Kindia, Guinea, for a second round.
                In March, Senegal hosted the talks.""");
        assertTrue(ask(m, placeIn("^tamale$", "Q117")));
        assertTrue(ask(m, placeIn("^kindia$", "Q1006")));
        assertFalse(ask(m, "?p a dip:Place ; rdfs:label ?l FILTER(regex(str(?l), 'march', 'i'))"), "a month is no town");
    }

    @Test
    void aKnownPlaceGetsItsStateOnlyWhereTheTextNamesThatState() throws Exception {
        Model m = Fixtures.convertOne(dir, "d.txt", """
                Published on 5 May 2024

                The envoys of Brazil and Norway resumed their talks in Geneva on Monday, then travelled on to Oslo.""");
        assertTrue(ask(m, "?p a dip:Place ; rdfs:label ?l FILTER(regex(str(?l), '^geneva$', 'i'))"), "the place itself is kept");
        assertFalse(ask(m, "?p a dip:Place ; rdfs:label ?l ; dip:inState ?s FILTER(regex(str(?l), '^geneva$', 'i'))"),
                "Switzerland is not named: no state for Geneva");
        assertTrue(ask(m, placeIn("^oslo$", "Q20")), "Norway is named: Oslo is in it");
    }
}
