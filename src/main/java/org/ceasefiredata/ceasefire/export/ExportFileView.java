package org.ceasefiredata.ceasefire.export;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One file of the bulk exports: its name, what it holds, its media type and where to get it. */
@Schema(name = "ExportFile", description = "A file of the bulk exports.")
public record ExportFileView(
        @Schema(description = "File name.", example = "meetings.csv") String name,
        @Schema(description = "What the file holds.", example = "Meetings, negotiation rounds, summits, ministerial sessions and bilateral talks.") String description,
        @Schema(description = "Media type.", example = "text/csv") String mediaType,
        @Schema(description = "API path of the file.", example = "/api/v1/export/meetings.csv") String href) {
}
