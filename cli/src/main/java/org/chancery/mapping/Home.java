package org.chancery.mapping;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project folder on disk, when Chancery runs from a checkout ({@code chancery.home}, set by
 * the launcher, or {@code CHANCERY_HOME}). Its folders win over the copies bundled in the jar, so
 * a user edits {@code mappings/} and reruns without rebuilding.
 */
public final class Home {
    private Home() {}

    public static Path root() {
        String p = System.getProperty("chancery.home");
        if (p == null || p.isBlank()) p = System.getenv("CHANCERY_HOME");
        if (p == null || p.isBlank()) return null;
        Path root = Path.of(p).toAbsolutePath().normalize();
        return Files.isDirectory(root) ? root : null;
    }

    /** {@code <home>/<name>} when it exists, else null (then the bundled copy is used). */
    public static Path folder(String name) {
        Path root = root();
        if (root == null) return null;
        Path f = root.resolve(name);
        return Files.isDirectory(f) ? f : null;
    }
}
