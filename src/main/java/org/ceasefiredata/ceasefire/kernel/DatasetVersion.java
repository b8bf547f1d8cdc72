package org.ceasefiredata.ceasefire.kernel;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The version of the data this instance serves: the seeds' fingerprint and the loader version, set when the startup
 * load finishes. The data change only when the seeds change, so it makes a sound validator for every response.
 */
@ApplicationScoped
public class DatasetVersion {

    private volatile String version;
    private final AtomicLong loads = new AtomicLong();

    /** The version, or null while the data are not loaded. */
    public String get() {
        return version;
    }

    /**
     * The version and which load of this process produced the rows, or null while the data are not loaded: the key of
     * values held in memory that refer to rows (their ids). Loading other seeds and then the same ones again gives the
     * same version, with new rows for the records the other seeds lacked.
     */
    public String load() {
        String v = version;
        return v == null ? null : v + "#" + loads.get();
    }

    public void set(String fingerprint, int loaderVersion) {
        loads.incrementAndGet();
        this.version = fingerprint.substring(0, Math.min(16, fingerprint.length())) + "." + loaderVersion;
    }
}
