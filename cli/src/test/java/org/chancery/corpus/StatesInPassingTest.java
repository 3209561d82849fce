package org.chancery.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.chancery.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state named in passing — by its people ("the Chilean government", "la partie chinoise", "les
 * autorités maliennes") — is in that document's graph; a state elected a non-permanent member of
 * the Security Council is a member of it; a language ("in French") names no state.
 */
class StatesInPassingTest {

    @Test
    void statesNamedByTheirPeopleAreInTheDocument(@TempDir Path dir) throws IOException {
        Model m = Fixtures.union(Fixtures.convert(dir, Map.of(
                "en.txt", "Trade talks\n\nThe Chilean government welcomed the outcome, and the Ghanaian side asked for a second round. "
                        + "The statement was also issued in French.\n",
                "fr.txt", "Coopération\n\nLa partie chinoise a proposé une nouvelle réunion, que les autorités maliennes ont acceptée.\n")));
        for (String[] s : new String[][] {{"CL", "en"}, {"GH", "en"}, {"CN", "fr"}, {"ML", "fr"}}) {
            assertTrue(Fixtures.ask(m, "<https://w3id.org/chancery/id/state/" + s[0] + "> a dip:State ; prov:wasDerivedFrom "
                    + "<https://w3id.org/chancery/id/document/" + s[1] + "-txt>"), s[0] + " is in " + s[1]);
        }
        assertFalse(Fixtures.ask(m, "<https://w3id.org/chancery/id/state/FR> prov:wasDerivedFrom ?d"), "'in French' names no state");
    }

    @Test
    void anElectedStateIsAMemberOfTheCouncil(@TempDir Path dir) throws IOException {
        Model m = Fixtures.union(Fixtures.convert(dir, Map.of(
                "en.txt", "Council seats\n\nSlovenia and Panama were elected non-permanent members of the Security Council on Tuesday.\n",
                "fr.txt", "Sièges au Conseil\n\nLe Sénégal a été élu membre non permanent du Conseil de sécurité pour deux ans.\n")));
        for (String s : new String[] {"SI", "PA", "SN"}) {
            assertTrue(Fixtures.ask(m, "<https://w3id.org/chancery/id/state/" + s + "> dip:memberOf <https://w3id.org/chancery/id/institution/unsc>"), s);
        }
    }
}
