package org.ceasefiredata.ceasefire.paging;

import java.time.Duration;

/**
 * The time a request may still take, and whether its client is still there: set around a request's work on the thread
 * that does it ({@link #open}), checked before every statement (which also gets the remaining time as its query
 * timeout), so that an operation over its budget or abandoned by its client stops at the next statement instead of
 * running on.
 */
public final class Budget {

    /** The request ran out of time or was abandoned: it stops, and the API answers it as such. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    private final long deadline;
    private volatile boolean cancelled;

    private Budget(Duration limit) {
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** A budget starting now, not yet bound to a thread. */
    public static Budget of(Duration limit) {
        return new Budget(limit);
    }

    /** Starts a budget for the work this thread is about to do; close it when the work is done. */
    public static Budget open(Duration limit) {
        return of(limit).bind();
    }

    /** Binds this budget to the current thread (the one doing the request's work). */
    public Budget bind() {
        CURRENT.set(this);
        return this;
    }

    /** Ends the budget of this thread. */
    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }

    /** Marks the request abandoned (its client went away); any thread may call it. */
    public void cancel() {
        cancelled = true;
    }

    /** @throws Exceeded when the current request is out of time or abandoned */
    public static void check() {
        Budget budget = CURRENT.get();
        if (budget != null) {
            if (budget.cancelled) {
                throw new Exceeded("the client went away");
            }
            if (System.nanoTime() > budget.deadline) {
                throw new Exceeded("over the time allowed per request");
            }
        }
    }

    /** Whole seconds left for the current request (at least 1), or 0 when no budget is set. */
    static int remainingSeconds() {
        Budget budget = CURRENT.get();
        if (budget == null) {
            return 0;
        }
        return (int) Math.max(1, Math.ceil((budget.deadline - System.nanoTime()) / 1e9));
    }
}
