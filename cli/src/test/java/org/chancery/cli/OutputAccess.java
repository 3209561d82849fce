package org.chancery.cli;

import java.io.OutputStream;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.chancery.graph.ResolvedDocument;

/** Test access to the package-private writer the convert command uses. */
public final class OutputAccess {
    private OutputAccess() {}

    public static RDFFormat format(String name) {
        return Output.format(name);
    }

    public static void write(List<ResolvedDocument> docs, RDFFormat f, OutputStream out) {
        Output.write(docs, f, out);
    }

    /** Written pretty up to {@code prettyLimit} statements, as blocks above it. */
    public static void write(List<ResolvedDocument> docs, RDFFormat f, OutputStream out, long prettyLimit) {
        Output.write(docs, f, out, prettyLimit);
    }
}
