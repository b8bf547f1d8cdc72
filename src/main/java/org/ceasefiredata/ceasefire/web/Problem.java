package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body: what went wrong with a request, for people and programs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record Problem(
        @Schema(description = "Problem type URI; about:blank when the status says it all.", example = "about:blank") String type,
        @Schema(description = "Short summary of the problem type.", example = "Not Found") String title,
        @Schema(description = "HTTP status code.", example = "404") int status,
        @Schema(description = "What was wrong with this request.", example = "No meeting with slug 'nowhere-2016'.") String detail,
        @Schema(description = "The request path.", example = "/api/v1/meetings/nowhere-2016") String instance,
        @Schema(description = "Invalid parameters, one entry each.") List<Violation> violations) {

    /** One invalid input: which parameter and what is wrong with it. */
    @Schema(name = "Violation", description = "One invalid input.")
    public record Violation(
            @Schema(description = "The parameter or field.", example = "size") String field,
            @Schema(description = "What is wrong with it.", example = "must be between 1 and 100") String message) {
    }
}
