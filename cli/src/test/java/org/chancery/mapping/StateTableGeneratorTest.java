package org.chancery.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

class StateTableGeneratorTest {

    @Test
    void menuNamesBecomeRunningTextWithTheMenuFormKept() {
        StateTableGenerator.Names n = StateTableGenerator.names("Trinidad & Tobago", " and ");
        assertEquals("Trinidad and Tobago", n.pref());
        assertEquals(List.of("Trinidad & Tobago"), n.alts());
        StateTableGenerator.Names p = StateTableGenerator.names("Myanmar (Burma)", " and ");
        assertEquals("Myanmar", p.pref());
        assertEquals(List.of("Burma"), p.alts());
        assertEquals("Congo-Kinshasa", StateTableGenerator.names("Congo - Kinshasa", " and ").pref());
    }

    @Test
    void theTableWrittenByJenaReadsBackAsTheSameGraph() {
        Model m = StateTableGenerator.states(Path.of("un.tsv"), List.of("# code\twikidata", "KZ\tQ232", "VA\tQ237\tobserver"));
        assertEquals(2, m.listSubjects().toList().size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StateTableGenerator.write(m, out);
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), Lang.TURTLE);
        assertTrue(back.isIsomorphicWith(m));
    }

    @Test
    void aBadLineIsNamedWithItsFile() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> StateTableGenerator.states(Path.of("un.tsv"), List.of("Kazakhstan\tQ232")));
        assertTrue(e.getMessage().startsWith("un.tsv: bad line"), e.getMessage());
    }
}
