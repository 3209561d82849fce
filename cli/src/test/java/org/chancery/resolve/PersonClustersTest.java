package org.chancery.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chancery.document.Document;
import org.chancery.extract.DocumentReading;
import org.chancery.extract.PersonFinding;
import org.junit.jupiter.api.Test;

/**
 * People clustered through the surname index, one document at a time, are the people found by
 * comparing every finding with every cluster over the whole batch ({@link BatchResolution}):
 * same clusters, same preferred names, whatever the order and mix of variants.
 */
class PersonClustersTest {
    private static final String[] NAMES = {"Anna Karovi", "A. Karovi", "Karovi", "Boris Karovi", "B. Karovi",
            "Levan Chkhikvadze", "Tchkhikvadze", "L. Chkhikvadze", "Ingrid Halvorsen", "I. Halvorsen", "Halvorsen",
            "Halvorssen", "Yelena Mirziyoyeva", "Elena Mirzioieva", "E. Mirziyoyeva", "Mirziyoyeva",
            "Kassym-Jomart Tokaïev", "K-J Tokaïev", "Tokayev", "Marcelo Rebelo de Sousa", "M. Rebelo de Sousa",
            "Kwame Boateng", "Kofi Boateng", "K. Boateng"};

    @Test
    void theIndexAgreesWithComparingAllWithAll() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            List<DocumentReading> docs = new ArrayList<>();
            for (int d = random.nextInt(12) + 1; d > 0; d--) {
                DocumentReading r = new DocumentReading(new Document("d" + docs.size(), "s", null, "", null, "txt"));
                for (int k = random.nextInt(5); k > 0; k--) {
                    PersonFinding p = new PersonFinding(NAMES[random.nextInt(NAMES.length)], 0);
                    if (random.nextInt(3) == 0) p.names.add(NAMES[random.nextInt(NAMES.length)]);
                    r.persons.add(p);
                }
                docs.add(r);
            }
            List<PersonClusters.KnownPerson> known = random.nextBoolean() ? List.of()
                    : List.of(new PersonClusters.KnownPerson("https://w3id.org/chancery/id/official/halvorsen", "Ingrid Halvorsen",
                            List.of("Ingrid Halvorsen", "I. Halvorsen")));
            BatchResolution.Persons all = BatchResolution.Persons.of(docs, known);
            PersonClusters indexed = new PersonClusters(known);
            for (DocumentReading r : docs) indexed.add(r.persons);
            indexed.cluster();
            for (int d = 0; d < docs.size(); d++) {
                Map<PersonFinding, PersonClusters.Cluster> got = indexed.of(d, docs.get(d).persons);
                for (PersonFinding p : docs.get(d).persons) {
                    String expected = all.of(p).iri + " " + all.of(p).preferred;
                    assertEquals(expected, got.get(p).iri() + " " + got.get(p).preferred(), "trial " + trial + ", " + p.names);
                }
            }
        }
    }

    private static DocumentReading reading(String id, String... names) {
        DocumentReading r = new DocumentReading(new Document(id, "s", null, "", null, "txt"));
        for (String n : names) r.persons.add(new PersonFinding(n, 0));
        return r;
    }

    @Test
    void sameSurnameAndInitialAreTwoPeopleWhenTheGivenNamesDiffer() {
        List<DocumentReading> docs = List.of(reading("a", "Kwame Boateng"), reading("b", "Kofi Boateng"),
                reading("c", "K. Boateng"), reading("d", "Kofi Boateng", "K. Boateng"));
        PersonClusters pc = new PersonClusters();
        for (DocumentReading r : docs) pc.add(r.persons);
        pc.cluster();
        String kwame = pc.of(0, docs.get(0).persons).get(docs.get(0).persons.get(0)).iri();
        String kofi = pc.of(1, docs.get(1).persons).get(docs.get(1).persons.get(0)).iri();
        String initialAlone = pc.of(2, docs.get(2).persons).get(docs.get(2).persons.get(0)).iri();
        String initialBesideKofi = pc.of(3, docs.get(3).persons).get(docs.get(3).persons.get(1)).iri();
        assertNotEquals(kwame, kofi);
        // "K. Boateng" fits both: alone it joins neither; beside Kofi in its own document it is Kofi.
        assertNotEquals(kwame, initialAlone);
        assertNotEquals(kofi, initialAlone);
        assertEquals(kofi, initialBesideKofi);
    }
}
