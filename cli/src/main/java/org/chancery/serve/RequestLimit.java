package org.chancery.serve;

import org.apache.jena.rdf.model.Model;

/**
 * The most bytes a request's query string, or its body, may hold, from the server's {@code ja:context}
 * entry {@code chancery:requestLimit} in {@code fuseki-config/chancery.ttl} (1 MiB as shipped); a
 * larger one gets HTTP 413. Graph Store writes by the user of {@code --allow-update} are not bounded by it.
 */
public record RequestLimit(long bytes) {
    public static final String CONTEXT_NAME = "chancery:requestLimit";
    /** When the configuration sets none. */
    public static final long DEFAULT = 1L << 20;

    /** The limit the configuration sets; {@link #DEFAULT} when it sets none. A value that is not a positive number is refused at start-up. */
    public static RequestLimit of(Model config) {
        String text = FusekiConfig.contextValue(config, CONTEXT_NAME);
        if (text == null) return new RequestLimit(DEFAULT);
        try {
            long bytes = Long.parseLong(text);
            if (bytes > 0 && bytes <= Integer.MAX_VALUE - 8) return new RequestLimit(bytes);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("fuseki-config/chancery.ttl: " + CONTEXT_NAME + " must be a positive whole number of bytes "
                + "(below 2 GiB), not '" + text + "'");
    }

    /** The limit as people read it: "1 MiB", "512 KiB", "1000 bytes". */
    public String describe() {
        if (bytes % (1 << 20) == 0) return (bytes >> 20) + " MiB";
        if (bytes % (1 << 10) == 0) return (bytes >> 10) + " KiB";
        return bytes + " bytes";
    }
}
