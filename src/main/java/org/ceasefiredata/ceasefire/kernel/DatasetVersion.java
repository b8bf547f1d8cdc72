package org.ceasefiredata.ceasefire.kernel;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The version of the data this instance serves: the seeds' fingerprint and the loader version, set when the startup
 * load finishes. The data change only when the seeds change, so it makes a sound validator for every response.
 */
@ApplicationScoped
public class DatasetVersion {

    private volatile String version;

    /** The version, or null while the data are not loaded. */
    public String get() {
        return version;
    }

    public void set(String fingerprint, int loaderVersion) {
        this.version = fingerprint.substring(0, Math.min(16, fingerprint.length())) + "." + loaderVersion;
    }
}
