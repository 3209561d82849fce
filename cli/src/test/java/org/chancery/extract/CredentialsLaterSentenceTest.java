package org.chancery.extract;

import static org.chancery.Fixtures.ask;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.chancery.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ambassadors named sentences after the credentials ceremony are accredited to the receiving head of state's state (invented people). */
class CredentialsLaterSentenceTest {
    @TempDir
    Path dir;

    private static String accredited(String surname, String stateQid) {
        return "?o a dip:Official ; rdfs:label ?l ; dip:accreditedTo ?s . ?s owl:sameAs wd:" + stateQid
                + " FILTER(regex(str(?l), '" + surname + "')) ";
    }

    @Test
    void frenchCeremonyThenEachAmbassadorSpeaks() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Publié le 6 mars 2015

                Le président ghanéen, Kwesi Appiah, a reçu jeudi les lettres de créance de deux nouveaux ambassadeurs.
                Le temps fort de la journée fut un long échange sur l'agriculture.
                L'ambassadeur du Chili, Rosa Villalobos, a salué la qualité des relations entre les deux pays.
                De son côté, l'ambassadeur du Pérou, Andrés Quispe, a parlé de commerce.""");
        // Ghana Q117, Chile Q298, Peru Q419
        assertTrue(ask(m, accredited("Villalobos", "Q117")));
        assertTrue(ask(m, accredited("Quispe", "Q117")));
        assertFalse(ask(m, accredited("Appiah", "Q117")));
    }

    @Test
    void withoutCredentialsNoPostingIsGuessed() throws Exception {
        Model m = Fixtures.convertOne(dir, "b.txt", """
                Published on 6 March 2015

                Kenyan President Peter Otieno opened a trade fair on Thursday.
                The Ambassador of Chile, Rosa Villalobos, praised the organisers.""");
        assertFalse(ask(m, accredited("Villalobos", "Q114")));
    }
}
