package org.chancery.bench.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines for child JVMs running Chancery as a user would (`chancery convert`, `chancery
 * serve`): this JVM's java and classpath, a heap limit, the checkout as chancery.home, and
 * optionally pinned to the first core with taskset.
 */
public final class ChildJava {
    private final Path home;

    public ChildJava(Path home) {
        this.home = home;
    }

    public static boolean canPin() {
        return Files.isExecutable(Path.of("/usr/bin/taskset")) || Files.isExecutable(Path.of("/bin/taskset"));
    }

    public List<String> chancery(String heap, boolean pinToOneCore, String... args) {
        List<String> c = new ArrayList<>();
        if (pinToOneCore) c.addAll(List.of("taskset", "-c", "0"));
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-Xmx" + heap);
        c.add("-Dchancery.home=" + home.toAbsolutePath());
        // The built chancery.jar, as ./chancery runs it; beside its own dependencies on one classpath
        // it would duplicate Fuseki's web resources, which Jetty then cannot serve.
        String jar = null;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith("chancery.jar")) jar = entry;
        }
        if (jar != null) c.addAll(List.of("-jar", jar));
        else c.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.chancery.cli.Chancery"));
        c.addAll(List.of(args));
        return c;
    }
}
