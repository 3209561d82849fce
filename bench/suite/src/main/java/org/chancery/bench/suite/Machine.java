package org.chancery.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine a run happened on, from /proc (Linux) and the JVM, for the head of the table. */
public record Machine(String cpu, int cores, long memoryMiB, String jdk, String os) {
    public static Machine here() {
        String cpu = "unknown CPU";
        long mem = Runtime.getRuntime().maxMemory() >> 20;
        try {
            List<String> info = Files.readAllLines(Path.of("/proc/cpuinfo"));
            cpu = info.stream().filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) mem = Long.parseLong(l.replaceAll("\\D", "")) >> 10;
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the JVM's view is all there is.
        }
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), mem,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    public String markdown() {
        return String.format(Locale.ROOT, "Machine: %s, %d core(s), %,d MiB RAM; %s; %s.", cpu, cores, memoryMiB, jdk, os);
    }
}
