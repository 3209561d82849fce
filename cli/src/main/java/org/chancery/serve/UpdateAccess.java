package org.chancery.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who may write through the server: the user of a Jetty password file ({@code user: password}, one
 * entry a line, {@code #} for comments; the password may be plain or Jetty-obfuscated, e.g. MD5:…).
 * The file's first entry is the user SPARQL Update and Graph Store writes are opened to.
 */
public record UpdateAccess(Path passwordFile, String user) {

    public static UpdateAccess fromPasswordFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the password file (" + e.getMessage() + ")");
        }
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            int colon = l.indexOf(':');
            String user = colon < 0 ? "" : l.substring(0, colon).strip();
            String password = colon < 0 ? "" : l.substring(colon + 1).split(",", 2)[0].strip();
            if (user.isEmpty() || password.isEmpty()) {
                throw new IllegalArgumentException(file + ": each entry must read 'user: password', not '" + l + "'");
            }
            return new UpdateAccess(file.toAbsolutePath(), user);
        }
        throw new IllegalArgumentException(file + ": the password file holds no 'user: password' entry");
    }
}
