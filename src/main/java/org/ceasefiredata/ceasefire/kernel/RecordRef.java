package org.ceasefiredata.ceasefire.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to another record of the dataset: its kind, slug, display name and path in the API. */
@Schema(name = "RecordRef", description = "A reference to another record: kind, slug, name and API path.")
public record RecordRef(
        @Schema(description = "Kind of record.", enumeration = {
                "meeting", "participant", "commitment", "deadline", "document"}) String type,
        @Schema(description = "Slug of the record.", example = "united-states") String slug,
        @Schema(description = "Display name or title (null for a document without a title).", nullable = true, example = "United States") String name,
        @Schema(description = "Path of the record in this API.", example = "/api/v1/participants/united-states") String href){

    /** Rows of (owner id, slug, name) grouped into references by owner id, in row order. */
    public static Map<Long, List<RecordRef>> group(List<Object[]> rows, String type) {
        Map<Long, List<RecordRef>> grouped = new LinkedHashMap<>();
        for (Object[] r : rows) {
            grouped.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(of(type, (String) r[1], (String) r[2]));
        }
        return grouped;
    }

    /** A reference to a record of the given type ({@code meeting}, {@code participant}, ...). */
    public static RecordRef of(String type, String slug, String name) {
        return new RecordRef(type, slug, name, "/api/v1/" + type + "s/" + slug);
    }

    public static RecordRef meeting(String slug, String title) {
        return new RecordRef("meeting", slug, title, "/api/v1/meetings/" + slug);
    }

    public static RecordRef participant(String slug, String name) {
        return new RecordRef("participant", slug, name, "/api/v1/participants/" + slug);
    }

    public static RecordRef commitment(String slug, String summary) {
        return new RecordRef("commitment", slug, summary, "/api/v1/commitments/" + slug);
    }

    public static RecordRef deadline(String slug, String description) {
        return new RecordRef("deadline", slug, description, "/api/v1/deadlines/" + slug);
    }

    public static RecordRef document(String slug, String title) {
        return new RecordRef("document", slug, title, "/api/v1/documents/" + slug);
    }
}
