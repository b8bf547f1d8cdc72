package org.ceasefiredata.ceasefire.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.commitment.CommitmentQueries;
import org.ceasefiredata.ceasefire.commitment.CommitmentView;
import org.ceasefiredata.ceasefire.commitment.DeadlineQueries;
import org.ceasefiredata.ceasefire.commitment.DeadlineView;
import org.ceasefiredata.ceasefire.meeting.Meeting;
import org.ceasefiredata.ceasefire.meeting.MeetingQueries;
import org.ceasefiredata.ceasefire.meeting.MeetingView;
import org.ceasefiredata.ceasefire.meeting.ParticipationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** Meetings of the ceasefire process over HTTP. */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings, negotiation rounds, summits and talks, with participants and citations.")
public class MeetingResource {

    @GET
    @Operation(summary = "List meetings", description = "Meetings in chronological order by default (by the first day their date can be, then the last; undated meetings last). Filters combine with AND; a filter's comma-separated values combine with OR.")
    @APIResponse(responseCode = "200", description = "A page of meetings; Link headers point to the next and previous pages.")
    @Parameter(ref = "asOf")
    @Parameter(ref = "from")
    @Parameter(ref = "to")
    @Parameter(ref = "participant")
    @Parameter(ref = "q")
    @Parameter(ref = "slug")
    @Parameter(name = "place", in = ParameterIn.QUERY, description = "City or country, case-insensitive; comma-separated for several.", example = "Geneva", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Meeting kinds, comma-separated: negotiation-round, summit, ministerial, bilateral, working-group, conference, series, other.", example = "ministerial,bilateral", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Statuses, comma-separated: held, failed, planned, proposed, suspended, cancelled.", example = "held", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Sort keys, comma-separated, '-' for descending: date, end, slug, title, kind, status. Default: date,end,slug.", example = "-date,slug", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "include", in = ParameterIn.QUERY, description = "Related records to embed, comma-separated: participants, commitments, deadlines.", example = "participants", schema = @Schema(type = SchemaType.STRING))
    public RestResponse<PageView<MeetingView>> list(@Context UriInfo uri) {
        ListRequest request = MeetingQueries.request(uri);
        return MeetingQueries.list(request, w -> {
        }).response(uri, request);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one meeting", description = "A meeting by its slug, with participants and roles, commitments and deadlines it produced, outcome, claims and citations.")
    @APIResponse(responseCode = "200", description = "The record.")
    @Parameter(ref = "asOf")
    public MeetingView get(
            @Parameter(description = "The meeting's slug.", example = "issg-munich-2016-02") @RestPath String slug,
            @Context UriInfo uri) {
        ListRequest request = ListRequest.record(uri);
        return MeetingQueries.get(slug, request.asOf()).orElseThrow(() -> NotFoundProblem.of("meeting", slug, request.asOf()));
    }

    @GET
    @Path("/{slug}/participants")
    @Operation(summary = "Participants of a meeting", description = "Who took part in the meeting (or was excluded from it), in which role, with evidence; ordered by role then name.")
    @APIResponse(responseCode = "200", description = "The record.")
    @Parameter(ref = "asOf")
    public List<ParticipationView> participants(
            @Parameter(description = "The meeting's slug.", example = "issg-munich-2016-02") @RestPath String slug,
            @Context UriInfo uri) {
        ListRequest request = ListRequest.record(uri);
        return MeetingQueries.participants(slug, request.asOf())
                .orElseThrow(() -> NotFoundProblem.of("meeting", slug, request.asOf()));
    }

    @GET
    @Path("/{slug}/commitments")
    @Operation(summary = "Commitments made at a meeting", description = "With the commitments list's filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of commitments.")
    public RestResponse<PageView<CommitmentView>> commitments(
            @Parameter(description = "The meeting's slug.", example = "issg-munich-2016-02") @RestPath String slug,
            @Context UriInfo uri) {
        long id = require(slug);
        ListRequest request = CommitmentQueries.request(uri);
        return CommitmentQueries.list(request, w -> w.and("e.meeting.id = " + w.param(id))).response(uri, request);
    }

    @GET
    @Path("/{slug}/deadlines")
    @Operation(summary = "Deadlines set at a meeting", description = "With the deadlines list's filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of deadlines.")
    public RestResponse<PageView<DeadlineView>> deadlines(
            @Parameter(description = "The meeting's slug.", example = "issg-munich-2016-02") @RestPath String slug,
            @Context UriInfo uri) {
        long id = require(slug);
        ListRequest request = DeadlineQueries.request(uri);
        return DeadlineQueries.list(request, w -> w.and("e.meeting.id = " + w.param(id))).response(uri, request);
    }

    private static long require(String slug) {
        return Meeting.findBySlug(slug).map(m -> m.id).orElseThrow(() -> NotFoundProblem.of("meeting", slug, null));
    }
}
