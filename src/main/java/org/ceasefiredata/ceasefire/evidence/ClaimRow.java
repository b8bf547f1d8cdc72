package org.ceasefiredata.ceasefire.evidence;

import java.util.List;

/** One source's statement about an aspect of a record ({@code subjectId}), with its citations. */
public record ClaimRow(long id, long subjectId, String about, String value, List<CitationRow> citations) {
}
