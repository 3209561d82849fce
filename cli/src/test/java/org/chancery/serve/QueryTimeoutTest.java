package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** The configured query timeout, `serve --timeout`, and what a client may ask for (shorter only). */
class QueryTimeoutTest {
    private static Model config(String value) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader("PREFIX ja: <http://jena.hpl.hp.com/2005/11/Assembler#>\n"
                + "[] ja:context [ ja:cxtName \"arq:queryTimeout\" ; ja:cxtValue \"" + value + "\" ] ."), null, "TTL");
        return m;
    }

    @Test
    void theShippedConfigurationAndTheCommandLineSetIt() {
        FusekiConfig shipped = FusekiConfig.forStore(Path.of("target/no-store"));
        assertEquals(new QueryTimeout(30_000, 60_000), QueryTimeout.of(shipped.model()));
        assertEquals(new QueryTimeout(2_500, 2_500), QueryTimeout.of(shipped.queryTimeout(Duration.ofMillis(2_500)).model()));
        assertTrue(shipped.withoutQueryTimeout().listStatements(null, null, QueryTimeout.CONTEXT_NAME).toList().isEmpty(),
                "Fuseki must not see it: it would set it for the whole process");
        assertEquals(new QueryTimeout(2_500, 2_500), QueryTimeout.of(shipped.model()), "the copy for Fuseki leaves the description alone");
        assertThrows(IllegalArgumentException.class, () -> shipped.queryTimeout(Duration.ZERO));
    }

    @Test
    void aValueThatIsNotATimeoutIsRefusedAtStartUp() {
        assertEquals(new QueryTimeout(-1, 5_000), QueryTimeout.of(config("5000")));
        assertEquals(new QueryTimeout(-1, -1), QueryTimeout.of(ModelFactory.createDefaultModel()));
        for (String bad : new String[] {"", "soon", "30 s"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> QueryTimeout.of(config(bad)), bad);
            assertTrue(e.getMessage().contains("arq:queryTimeout"), e.getMessage());
        }
    }
}
