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

/** "le Malien X", "la Ghanéenne Y": a capitalised demonym after an article names the speaker's state (invented people). */
class NationalNounTest {
    @TempDir
    Path dir;

    @Test
    void aDemonymNounBeforeANameGivesTheState() throws Exception {
        Model m = Fixtures.union(Fixtures.convert(dir, Map.of("a.txt", """
                Publié le 2 octobre 2022

                « Le texte ne règle rien », a estimé le Malien Ousmane Traoré devant l'Assemblée générale.
                Pour la Ghanéenne Ama Owusu, le vote marque un tournant.
                Le représentant malien Issa Konaté a voté contre.""")));
        // Mali Q912, Ghana Q117
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:represents ?s . ?s owl:sameAs wd:Q912 FILTER(regex(str(?l), 'Traoré'))"));
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:represents ?s . ?s owl:sameAs wd:Q117 FILTER(regex(str(?l), 'Owusu'))"));
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:represents ?s . ?s owl:sameAs wd:Q117 FILTER(regex(str(?l), 'Traoré'))"));
    }
}
