package org.chancery.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.chancery.corpus.Progress;

/**
 * Progress of long work on the standard error: on a terminal one line redrawn in place a few times
 * a second (done / total, rate, time left), otherwise a plain line every few seconds, so that a
 * log stays readable; nothing with {@code --quiet}. Work below two seconds prints nothing.
 */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private final String what;
    private final boolean terminal;
    private final long intervalNanos;
    private final long silentNanos;
    private final long start = System.nanoTime();
    private long last = start;
    private boolean drawn;

    /** Lines every {@code intervalMillis} (and the last), the first one after {@code silentMillis}. */
    ProgressLine(PrintWriter err, String what, boolean terminal, long intervalMillis, long silentMillis) {
        this.silentNanos = silentMillis * 1_000_000L;
        this.err = err;
        this.what = what;
        this.terminal = terminal;
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    /** For a command's standard error: redrawn on a terminal, every 5 s otherwise; {@link Progress#NONE} when quiet. */
    static Progress of(PrintWriter err, String what, boolean quiet) {
        if (quiet) return Progress.NONE;
        boolean terminal = System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
        return new ProgressLine(err, what, terminal, terminal ? 200 : 5000, 2000);
    }

    @Override
    public void document(int pass, int done, int total, long words) {
        step(pass == 1 ? "reading" : "resolving and writing", (pass - 1) * (long) total + done, 2L * total, "documents",
                done, total, words);
    }

    @Override
    public void count(String phase, long done, long total, String unit) {
        step(phase, done, total, unit, done, total, 0);
    }

    private void step(String phase, long doneSteps, long totalSteps, String unit, long done, long total, long words) {
        long now = System.nanoTime();
        boolean finished = totalSteps > 0 && doneSteps >= totalSteps;
        if (now - start < silentNanos && !drawn) return;
        if (!finished && now - last < intervalNanos && drawn) return;
        last = now;
        double secs = (now - start) / 1e9;
        StringBuilder line = new StringBuilder("chancery: ").append(what).append(": ").append(phase).append(' ')
                .append(String.format(Locale.ROOT, "%,d", done));
        if (total > 0) line.append(String.format(Locale.ROOT, "/%,d %s (%d%%)", total, unit, 100 * doneSteps / Math.max(1, totalSteps)));
        else line.append(' ').append(unit);
        if (secs > 0 && doneSteps > 0) {
            line.append(String.format(Locale.ROOT, ", %,.0f %s/s", done / secs, unit));
            if (words > 0) line.append(String.format(Locale.ROOT, ", %,.0f words/s", words / secs));
            if (totalSteps > 0 && !finished) {
                long left = Math.round(secs * (totalSteps - doneSteps) / doneSteps);
                line.append(String.format(Locale.ROOT, ", %d:%02d left", left / 60, left % 60));
            }
        }
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            if (finished) err.println();
        } else {
            err.println(line);
        }
        err.flush();
        drawn = true;
    }
}
