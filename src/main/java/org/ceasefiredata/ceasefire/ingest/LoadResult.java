package org.ceasefiredata.ceasefire.ingest;

import java.util.List;

/** The outcome of a load request: written (with counts) or skipped (with the reason), and any warnings. */
public record LoadResult(boolean written, String reason, String fingerprint, LoadCounts counts, long durationMs,
        List<IngestReport.Problem> warnings) {
}
