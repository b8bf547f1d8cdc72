package org.ceasefiredata.ceasefire.ingest;

import jakarta.enterprise.context.ApplicationScoped;

/** Where the startup load stands, for the readiness check. */
@ApplicationScoped
public class LoadState {

    /** The phases of the startup load. */
    public enum Phase {
        PENDING, LOADING, DONE, FAILED
    }

    private volatile Phase phase = Phase.PENDING;
    private volatile String detail = "startup load not begun";

    public Phase phase() {
        return phase;
    }

    public String detail() {
        return detail;
    }

    void set(Phase phase, String detail) {
        this.phase = phase;
        this.detail = detail;
    }
}
