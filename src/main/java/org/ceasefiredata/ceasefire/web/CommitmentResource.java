package org.ceasefiredata.ceasefire.web;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.commitment.CommitmentFilter;
import org.ceasefiredata.ceasefire.commitment.CommitmentRepository;
import org.ceasefiredata.ceasefire.commitment.DeadlineFilter;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.Separator;

/** Commitments of the ceasefire process over HTTP. */
@Path("/api/v1/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commitments", description = "What was pledged, agreed, proposed or demanded, by whom, and whether it was kept.")
public class CommitmentResource {

    static final String SORT = "Sort keys, comma-separated, '-' for descending: date, slug, kind, status (not with asOf). Default: date,slug.";
    static final String LIST_INCLUDE = "Related records to embed: deadlines, history.";
    static final String DETAIL_INCLUDE = "Related records to embed: deadlines, history. Default: both. The commitment's own parties, citations and claims always come.";
    static final Set<String> INCLUDES = Set.of("deadlines", "history", "deadlines.history");

    @Inject
    CommitmentRepository commitments;
    @Inject
    Views views;

    @GET
    @Operation(summary = "List commitments", description = "Commitments by date (undated last). 'status' filters on the status as assessed on the asOf day when one is given.")
    @APIResponse(responseCode = "200", description = "A page of commitments; Link headers point to the next and previous pages.")
    public RestResponse<PageView<CommitmentView>> list(@BeanParam CommitmentFilter filter, @BeanParam Paging paging,
            @Parameter(description = SORT, example = "-date", schema = @Schema(type = SchemaType.STRING)) @RestQuery String sort,
            @Parameter(description = LIST_INCLUDE, example = "history", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields,
            @Context UriInfo uri) {
        return list(filter, paging, sort, include, fields, uri, views);
    }

    /** The commitment list as asked for: also answers the commitments of a meeting or a participant. */
    static RestResponse<PageView<CommitmentView>> list(CommitmentFilter filter, Paging paging, String sort,
            List<String> include, List<String> fields, UriInfo uri, Views views) {
        PageRequest page = paging.request(sort, CommitmentRepository.SORT, CommitmentRepository.DEFAULT_SORT);
        Include embed = Include.parse(include, fields, INCLUDES, Include.none(), CommitmentView.class);
        return views.commitments(filter, page, embed).response(uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one commitment", description = "A commitment with its parties, meeting, deadlines, status history, claims and citations.")
    @APIResponse(responseCode = "200", description = "The commitment.")
    public CommitmentView get(
            @Parameter(description = "The commitment's slug.", example = "munich-cessation-of-hostilities") @RestPath String slug,
            @Parameter(ref = "asOf") @RestQuery String asOf,
            @Parameter(description = DETAIL_INCLUDE, example = "history", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields) {
        Include embed = Include.parse(include, fields, INCLUDES, Views.COMMITMENT_DEFAULT, CommitmentView.class);
        java.time.LocalDate day = Days.asOf(asOf);
        return views.commitment(slug, day, embed).orElseThrow(() -> NotFoundProblem.of("commitment", slug, day));
    }

    @GET
    @Path("/{slug}/deadlines")
    @Operation(summary = "Deadlines of a commitment", description = "The deadline list with commitment={slug}: the same filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of deadlines.")
    public RestResponse<PageView<DeadlineView>> deadlines(
            @Parameter(description = "The commitment's slug.", example = "munich-cessation-of-hostilities") @RestPath String slug,
            @BeanParam DeadlineFilter filter, @BeanParam Paging paging,
            @Parameter(description = DeadlineResource.SORT, example = "due", schema = @Schema(type = SchemaType.STRING)) @RestQuery String sort,
            @Parameter(description = DeadlineResource.LIST_INCLUDE, example = "history", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields,
            @Context UriInfo uri) {
        if (commitments.bySlug(slug, null).isEmpty()) {
            throw NotFoundProblem.of("commitment", slug, null);
        }
        filter.commitment = MeetingResource.narrowed("commitment", filter.commitment, slug);
        return DeadlineResource.list(filter, paging, sort, include, fields, uri, views);
    }
}
