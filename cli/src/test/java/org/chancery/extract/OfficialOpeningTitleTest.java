package org.chancery.extract;

import static org.chancery.Fixtures.ask;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.chancery.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A title that opens the sentence, a comma, then the name and the verb (invented people). */
class OfficialOpeningTitleTest {
    @TempDir
    Path dir;

    @Test
    void anOpeningTitleBeforeTheSubjectsName() throws Exception {
        Model m = Fixtures.convertOne(dir, "a.txt", """
                Published on 4 April 2022

                Kenya's Foreign Minister, Peter Otieno met his guests in the capital on Monday.""");
        // Kenya Q114
        assertTrue(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:represents ?k ; dip:title ?t . ?k owl:sameAs wd:Q114"
                + " FILTER(regex(str(?l), 'Otieno') && regex(str(?t), 'Foreign Minister'))"));
        Model fr = Fixtures.convertOne(dir, "b.txt", """
                Publié le 4 avril 2022

                Le ministre malien des Affaires étrangères, Ousmane Traoré a reçu lundi ses invités.""");
        // Mali Q912
        assertTrue(ask(fr, "?o a dip:Official ; rdfs:label ?l ; dip:represents ?k . ?k owl:sameAs wd:Q912 FILTER(regex(str(?l), 'Traoré'))"));
    }

    @Test
    void aClauseBeforeTheCommaIsNoTitle() throws Exception {
        Model m = Fixtures.convertOne(dir, "c.txt", """
                Published on 4 April 2022

                The minister spoke on Monday, Peter Otieno told reporters later.""");
        assertFalse(ask(m, "?o a dip:Official ; rdfs:label ?l ; dip:title ?t FILTER(regex(str(?l), 'Otieno') && regex(str(?t), 'spoke'))"));
    }
}
