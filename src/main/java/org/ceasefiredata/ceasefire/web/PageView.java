package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, the zero-based page number, the page size and the total number of items. */
@Schema(description = "One page of a list.")
public record PageView<T>(
        @Schema(description = "The records on this page, in the list's order.") List<T> items,
        @Schema(description = "Zero-based page number.", example = "0") int page,
        @Schema(description = "Page size asked for.", example = "20") int size,
        @Schema(description = "Number of records in the whole list.", example = "14") long total) {
}
