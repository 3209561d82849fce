package org.chancery.bench.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Watches a child process's peak resident memory: VmHWM of /proc/PID/status, the kernel's own
 * high-water mark, read until the process ends (it vanishes with the process, so it is polled).
 */
final class PeakMemory {
    private final Path status;
    private long peakKiB;

    PeakMemory(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
    }

    /** Reads VmHWM once; quietly nothing when the process has gone or /proc is not there. */
    void poll() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) peakKiB = Math.max(peakKiB, Long.parseLong(line.replaceAll("\\D", "")));
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between two polls.
        }
    }

    /** The peak seen, in MiB; 0 when never read (not Linux). */
    long peakMiB() {
        return peakKiB >> 10;
    }
}
