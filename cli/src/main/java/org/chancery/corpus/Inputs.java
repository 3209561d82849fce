package org.chancery.corpus;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The files named on the command line, folders walked (links followed, loops reported, hidden
 * files skipped), in a stable order. Paths that cannot be read are returned as problems, so the
 * rest of the batch goes on.
 */
public final class Inputs {
    private static final int MAX_DEPTH = 32;
    public final List<Path> files = new ArrayList<>();
    public final List<String> problems = new ArrayList<>();

    public static Inputs expand(List<String> args) {
        Inputs in = new Inputs();
        for (String a : args) {
            if (a.equals("-")) {
                in.files.add(Path.of("-"));
                continue;
            }
            Path p = Path.of(a);
            if (!Files.exists(p)) {
                in.problems.add(a + ": no such file or folder");
            } else if (Files.isDirectory(p)) {
                in.walk(p);
            } else {
                in.files.add(p);
            }
        }
        return in;
    }

    private void walk(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".")) return FileVisitResult.CONTINUE;
                    // A folder a Hadoop or Spark job wrote (it holds _SUCCESS): its _-names are the job's markers and reports.
                    if (name.startsWith("_") && Files.exists(file.resolveSibling("_SUCCESS"))) return FileVisitResult.CONTINUE;
                    // The walker hands over a link it could not follow, and a folder at the depth limit, as
                    // plain entries: said, not silently dropped.
                    if (attrs.isSymbolicLink() && isDocument(name)) problems.add(file + ": broken symbolic link (its target is missing or a link loop)");
                    else if (attrs.isDirectory()) problems.add(file + ": folder nested deeper than " + MAX_DEPTH + " levels, not read");
                    else if (!attrs.isSymbolicLink() && attrs.isRegularFile() && isDocument(name)) found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) problems.add(file + ": symbolic-link loop, not followed");
                    else problems.add(file + ": cannot read (" + e.getMessage() + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(root + ": cannot read folder (" + e.getMessage() + ")");
        }
        found.sort(null);
        files.addAll(found);
    }

    /** In a folder, only what looks like a document (text, HTML, Markdown, or RDF for load). */
    public static boolean isDocument(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith("readme.md") || n.endsWith(".rq")) return false;
        return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".md")
                || n.endsWith(".markdown") || n.endsWith(".ttl") || n.endsWith(".nq") || n.endsWith(".trig") || n.endsWith(".nt")
                || n.endsWith(".jsonld") || n.endsWith(".rdf") || n.endsWith(".owl") || !n.contains(".");
    }

    public static boolean isRdf(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttl") || n.endsWith(".nq") || n.endsWith(".trig") || n.endsWith(".nt") || n.endsWith(".jsonld")
                || n.endsWith(".rdf") || n.endsWith(".owl");
    }
}
