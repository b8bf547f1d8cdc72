package org.ceasefiredata.ceasefire.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.commitment.DeadlineQueries;
import org.ceasefiredata.ceasefire.commitment.DeadlineView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** Deadlines of the ceasefire process over HTTP. */
@Path("/api/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "Target dates and time limits, absolute or relative, and whether they were met.")
public class DeadlineResource {

    @GET
    @Operation(summary = "List deadlines", description = "Deadlines by the window they fall due in (undated last). 'from'/'to' match deadlines whose due window overlaps; 'status' filters on the status as assessed on the asOf day when one is given (status=missed answers 'which deadlines were missed?').")
    @APIResponse(responseCode = "200", description = "A page of deadlines; Link headers point to the next and previous pages.")
    @Parameter(ref = "asOf")
    @Parameter(ref = "from")
    @Parameter(ref = "to")
    @Parameter(ref = "participant")
    @Parameter(ref = "q")
    @Parameter(ref = "slug")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Statuses, comma-separated: met, missed, pending, superseded, unknown.", example = "missed,pending", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "absolute or relative.", example = "relative", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "commitment", in = ParameterIn.QUERY, description = "Deadlines of these commitments (slugs), comma-separated.", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "meeting", in = ParameterIn.QUERY, description = "Deadlines set at these meetings (slugs), comma-separated.", example = "issg-munich-2016-02", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Sort keys, comma-separated, '-' for descending: due, dueEnd, slug, status. Default: due,dueEnd,slug.", example = "-due", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "include", in = ParameterIn.QUERY, description = "Related records to embed: history.", example = "history", schema = @Schema(type = SchemaType.STRING))
    public RestResponse<PageView<DeadlineView>> list(@Context UriInfo uri) {
        ListRequest request = DeadlineQueries.request(uri);
        return DeadlineQueries.list(request, w -> {
        }).response(uri, request);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one deadline", description = "A deadline with its due window, anchor and offset, setters, commitment, meeting, status history, claims and citations.")
    @APIResponse(responseCode = "200", description = "The deadline.")
    @Parameter(ref = "asOf")
    public DeadlineView get(@Parameter(description = "The deadline's slug.") @RestPath String slug, @Context UriInfo uri) {
        ListRequest request = ListRequest.record(uri);
        return DeadlineQueries.get(slug, request.asOf())
                .orElseThrow(() -> NotFoundProblem.of("deadline", slug, request.asOf()));
    }
}
