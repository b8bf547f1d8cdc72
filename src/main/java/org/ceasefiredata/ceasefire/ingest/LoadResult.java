package org.ceasefiredata.ceasefire.ingest;

import java.util.List;

/**
 * The outcome of a load request: written (with counts and the changes it made) or skipped (with the reason; no
 * changes), and any warnings.
 */
public record LoadResult(boolean written, String reason, String fingerprint, LoadCounts counts, LoadChanges changes,
        long durationMs,
        List<IngestReport.Problem> warnings) {
}
