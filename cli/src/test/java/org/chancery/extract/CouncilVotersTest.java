package org.chancery.extract;

import static org.chancery.Fixtures.ask;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.chancery.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** States reported voting on a Security Council resolution are its members; General Assembly voters are not made members. */
class CouncilVotersTest {
    @TempDir
    Path dir;

    @Test
    void securityCouncilVotersAreMembers() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Published on 9 May 2024

                The Security Council adopted resolution 2799 (2024) on Monday, extending the observer mission in Haiti.
                Brazil, Kenya and Japan voted in favour, while Mexico and Ecuador abstained.""");
        // Brazil Q155, Kenya Q114, Mexico Q96, Haiti Q790
        assertTrue(ask(m, Fixtures.memberPattern("Q155", "security council|sécurité")));
        assertTrue(ask(m, Fixtures.memberPattern("Q114", "security council|sécurité")));
        assertTrue(ask(m, Fixtures.memberPattern("Q96", "security council|sécurité")));
        assertFalse(ask(m, Fixtures.memberPattern("Q790", "security council|sécurité")));
    }

    @Test
    void enFrancaisAussiMaisPasPourLAssembleeGenerale() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                Publié le 9 mai 2024

                Le Conseil de sécurité a adopté lundi la résolution 2799 (2024) sur la mission au Soudan.
                Le Brésil et le Kenya ont voté pour, tandis que le Mexique et l'Équateur se sont abstenus.""");
        assertTrue(ask(m, Fixtures.memberPattern("Q155", "security council|sécurité")));
        assertTrue(ask(m, Fixtures.memberPattern("Q96", "security council|sécurité")));
        Model ga = Fixtures.convertOne(dir, "c.txt", """
                Published on 9 May 2024

                The General Assembly adopted resolution 78/301 on Monday by a recorded vote of 120 in favour to 10 against.
                Brazil and Kenya voted in favour, while Mexico and Ecuador abstained.""");
        assertFalse(ask(ga, Fixtures.memberPattern("Q155", "general assembly|assemblée")));
    }
}
