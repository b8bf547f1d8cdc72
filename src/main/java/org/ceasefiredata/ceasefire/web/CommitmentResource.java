package org.ceasefiredata.ceasefire.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.commitment.Commitment;
import org.ceasefiredata.ceasefire.commitment.CommitmentQueries;
import org.ceasefiredata.ceasefire.commitment.CommitmentView;
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

/** Commitments of the ceasefire process over HTTP. */
@Path("/api/v1/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commitments", description = "What was pledged, agreed, proposed or demanded, by whom, and whether it was kept.")
public class CommitmentResource {

    @GET
    @Operation(summary = "List commitments", description = "Commitments by date (undated last). 'status' filters on the status as assessed on the asOf day when one is given.")
    @APIResponse(responseCode = "200", description = "A page of commitments; Link headers point to the next and previous pages.")
    @Parameter(ref = "asOf")
    @Parameter(ref = "from")
    @Parameter(ref = "to")
    @Parameter(ref = "participant")
    @Parameter(ref = "q")
    @Parameter(ref = "slug")
    @Parameter(name = "madeBy", in = ParameterIn.QUERY, description = "Made by these participants (slug or name), comma-separated.", example = "russia", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "binds", in = ParameterIn.QUERY, description = "Binding these participants (slug or name), comma-separated.", example = "syrian-government", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Kinds, comma-separated: pledge, agreement, proposal, demand, endorsement, decision.", example = "agreement", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Statuses, comma-separated: pending, kept, partly-kept, broken, superseded, unknown.", example = "broken,partly-kept", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "meeting", in = ParameterIn.QUERY, description = "Made at these meetings (slugs), comma-separated.", example = "issg-munich-2016-02", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Sort keys, comma-separated, '-' for descending: date, slug, kind, status. Default: date,slug.", example = "-date", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "include", in = ParameterIn.QUERY, description = "Related records to embed: deadlines, history.", example = "history", schema = @Schema(type = SchemaType.STRING))
    public RestResponse<PageView<CommitmentView>> list(@Context UriInfo uri) {
        ListRequest request = CommitmentQueries.request(uri);
        return CommitmentQueries.list(request, w -> {
        }).response(uri, request);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one commitment", description = "A commitment with its parties, meeting, deadlines, status history, claims and citations.")
    @APIResponse(responseCode = "200", description = "The commitment.")
    @Parameter(ref = "asOf")
    public CommitmentView get(@Parameter(description = "The commitment's slug.") @RestPath String slug, @Context UriInfo uri) {
        ListRequest request = ListRequest.record(uri);
        return CommitmentQueries.get(slug, request.asOf())
                .orElseThrow(() -> NotFoundProblem.of("commitment", slug, request.asOf()));
    }

    @GET
    @Path("/{slug}/deadlines")
    @Operation(summary = "Deadlines of a commitment", description = "The deadlines attached to a commitment, with the deadlines list's filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of deadlines.")
    public RestResponse<PageView<DeadlineView>> deadlines(
            @Parameter(description = "The commitment's slug.") @RestPath String slug,
            @Context UriInfo uri) {
        Commitment commitment = Commitment.findBySlug(slug).orElseThrow(() -> NotFoundProblem.of("commitment", slug, null));
        ListRequest request = DeadlineQueries.request(uri);
        return DeadlineQueries.list(request, w -> w.and("e.commitment.id = " + w.param(commitment.id))).response(uri, request);
    }
}
