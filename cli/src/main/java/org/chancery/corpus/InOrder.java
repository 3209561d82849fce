package org.chancery.corpus;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs numbered tasks on a pool and gives their outcomes back in number order, keeping at most
 * {@code ahead} of them started and not yet taken: the pool stays busy, and memory holds a few
 * documents, not all of them.
 */
final class InOrder<T> {
    /** A task's value, or why it failed. */
    record Outcome<T>(T value, Throwable failure) {}

    private final ExecutorService pool;
    private final int ahead;
    private final int count;
    private final IntFunction<Callable<T>> task;
    private final ArrayDeque<Future<T>> started = new ArrayDeque<>();
    private int submitted;

    InOrder(ExecutorService pool, int ahead, int count, IntFunction<Callable<T>> task) {
        this.pool = pool;
        this.ahead = Math.max(1, ahead);
        this.count = count;
        this.task = task;
    }

    /** The outcome of the next task, waiting for it. */
    Outcome<T> next() {
        while (submitted < count && started.size() < ahead) started.add(pool.submit(task.apply(submitted++)));
        Future<T> f = started.poll();
        if (f == null) throw new IllegalStateException("no task left");
        try {
            return new Outcome<>(f.get(), null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, e);
        }
    }
}
