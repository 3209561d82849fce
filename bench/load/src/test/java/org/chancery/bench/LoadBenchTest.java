package org.chancery.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.Node;
import org.chancery.graph.Dip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark's entry point on a tiny input; the real measurement is bench/load.sh's job. */
class LoadBenchTest {
    @TempDir
    Path dir;

    @Test
    void theBenchRunsEveryLoaderAndTheStoresAgree() {
        LoadBench bench = new LoadBench();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bench.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = new CommandLine(bench).execute("--quads", "2000", "--runs", "1", "--xmx", "256m", "--work", dir.toString());
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        for (LoadBench.Loader l : LoadBench.LOADERS) assertTrue(out.contains("| synthetic | 2,0") && out.contains("| " + l.name() + " |"), out);
        assertTrue(out.contains("Every store holds exactly the quads of its input."), out);
    }

    @Test
    void theGeneratedCorpusIsFixedByItsSeedAndSharesEntitiesAcrossDocuments() {
        assertArrayEquals(nquads(7, 3000), nquads(7, 3000));
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        long n = new SyntheticCorpus(7, 3000).emit(StreamRDFLib.dataset(dsg));
        assertTrue(n >= 3000);
        assertEquals(n, dsg.stream().count(), "no quad written twice");
        long documents = dsg.stream(Node.ANY, Node.ANY, Dip.RDF_TYPE, Dip.DOCUMENT).count();
        long officials = dsg.getUnionGraph().find(Node.ANY, Dip.RDF_TYPE, Dip.OFFICIAL).toList().size();
        long officialMentions = dsg.stream(Node.ANY, Node.ANY, Dip.RDF_TYPE, Dip.OFFICIAL).count();
        assertTrue(documents > 3, "several documents: " + documents);
        assertTrue(officialMentions > officials, "officials recur across documents, on one IRI each");
    }

    private static byte[] nquads(long seed, long quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticCorpus(seed, quads).emit(StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS));
        return out.toByteArray();
    }
}
