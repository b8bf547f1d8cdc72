package org.ceasefiredata.ceasefire.ingest;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A record of one load of the seeds: which dataset version, when, what it wrote and how long it took. */
@Entity
@Table(name = "seed_load")
public class SeedLoad extends PanacheEntity {

    public OffsetDateTime loadedAt;
    public String fingerprint;
    public int loaderVersion;
    public String mode;
    public int documents;
    public int participants;
    public int meetings;
    public int commitments;
    public int deadlines;
    public int citations;
    public int mentions;
    public long durationMs;

    /** The most recent load, if any. */
    public static Optional<SeedLoad> latest() {
        return find("order by id desc").firstResultOptional();
    }
}
