package org.chancery.store;

/**
 * Timestamps of a load's phases on standard error, when {@code -Dchancery.phases=true} (for
 * profiling a load; off otherwise).
 */
public final class Phases {
    private static final boolean ON = Boolean.getBoolean("chancery.phases");
    /** From the JVM's start: the first phase includes starting it. */
    private static long last = ON
            ? System.nanoTime() - (System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) * 1_000_000
            : 0;

    private Phases() {}

    /** Ends a phase: prints its name and the seconds since the previous mark. */
    public static synchronized void mark(String phase) {
        if (!ON) return;
        long now = System.nanoTime();
        System.err.printf("chancery: phase %-28s %7.2f s%n", phase, (now - last) / 1e9);
        last = now;
    }
}
