package org.ceasefiredata.ceasefire.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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

    /** Records a load that has just written {@code counts}. */
    static SeedLoad record(String fingerprint, int loaderVersion, String mode, LoadCounts counts, long durationMs) {
        SeedLoad load = new SeedLoad();
        load.loadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        load.fingerprint = fingerprint;
        load.loaderVersion = loaderVersion;
        load.mode = mode;
        load.documents = counts.documents();
        load.participants = counts.participants();
        load.meetings = counts.meetings();
        load.commitments = counts.commitments();
        load.deadlines = counts.deadlines();
        load.citations = counts.citations();
        load.mentions = counts.mentions();
        load.durationMs = durationMs;
        load.persist();
        return load;
    }

    /** What this load wrote. */
    public LoadCounts counts() {
        return new LoadCounts(documents, participants, meetings, commitments, deadlines, citations, mentions);
    }
}
