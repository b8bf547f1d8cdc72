package org.ceasefiredata.ceasefire.evidence;

import java.util.List;

import org.ceasefiredata.ceasefire.kernel.Basis;

/** One source's statement about an aspect of a record ({@code subjectId}), what it rests on, with its citations. */
public record ClaimRow(long id, long subjectId, String about, String value, Basis basis, List<CitationRow> citations) {
}
