package org.chancery.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.chancery.Fixtures;
import org.chancery.text.Cardinals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One vote reported in French and in English is one Resolution node, with its counts read from
 * either language, in figures or in words, in the resolution's sentence or in another one.
 */
class OneNodeAcrossReportsTest {

    @Test
    void oneVoteInTwoLanguagesIsOneResolution(@TempDir Path dir) throws IOException {
        Model m = Fixtures.union(Fixtures.convert(dir, Map.of(
                "vote-en.txt", "Assembly backs the island states\n\nThe UN General Assembly adopted a resolution on the protection of "
                        + "small island states against rising seas. The text was supported by 131 members; seven states voted against "
                        + "and the remaining 29 abstained.\n",
                "vote-fr.txt", "L'Assemblée soutient les petits États insulaires\n\nL'Assemblée générale des Nations unies a adopté une "
                        + "résolution sur la protection des petits États insulaires face à la montée des eaux, par 131 voix contre 7 "
                        + "et 29 abstentions.\n")));
        assertEquals(1, count(m, "?r a dip:Resolution"), "one resolution");
        assertTrue(Fixtures.ask(m, "?r a dip:Resolution ; dip:votesFor 131 ; dip:votesAgainst 7 ; dip:abstentions 29 ; "
                + "prov:wasDerivedFrom ?a , ?b . FILTER(?a != ?b)"), "its vote, from both reports");
    }

    @Test
    void countsInWordsAndInOtherSentences(@TempDir Path dir) throws IOException {
        Model m = Fixtures.union(Fixtures.convert(dir, Map.of(
                "ep.txt", "Parliament vote\n\nThe European Parliament adopted a resolution on maritime safety in the Baltic. "
                        + "In all, 512 members voted for, 41 MEPs voted against and 60 abstained.\n",
                "csnu.txt", "Vote au Conseil\n\nLe Conseil de sécurité a adopté la résolution 2999 avec 12 voix pour. "
                        + "Il n'y a eu aucune voix contre, et trois pays se sont abstenus.\n")));
        assertTrue(Fixtures.ask(m, "?r a dip:Resolution ; dip:votesFor 512 ; dip:votesAgainst 41 ; dip:abstentions 60"));
        assertTrue(Fixtures.ask(m, "?r a dip:Resolution ; dip:identifier \"2999\" ; dip:votesFor 12 ; dip:votesAgainst 0 ; dip:abstentions 3"));
    }

    @Test
    void numbersInWords() {
        assertEquals(5, Cardinals.parse("five"));
        assertEquals(5, Cardinals.parse("cinq"));
        assertEquals(21, Cardinals.parse("vingt-et-un"));
        assertEquals(0, Cardinals.parse("aucune"));
        assertEquals(1200, Cardinals.parse("1,200"));
        assertEquals(null, Cardinals.parse("remaining"));
        assertEquals(null, Cardinals.parse("Among"));
    }

    private static long count(Model m, String where) {
        try (QueryExecution qe = QueryExecution.model(m).query(Fixtures.PREFIXES + "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { " + where + " }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
