package org.ceasefiredata.ceasefire.web;

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
import org.ceasefiredata.ceasefire.meeting.MeetingQueries;
import org.ceasefiredata.ceasefire.meeting.MeetingView;
import org.ceasefiredata.ceasefire.participant.Participant;
import org.ceasefiredata.ceasefire.participant.ParticipantQueries;
import org.ceasefiredata.ceasefire.participant.ParticipantView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** Participants of the ceasefire process over HTTP, findable by any of their names. */
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "States, organizations, groups, people and armed groups, with all their names.")
public class ParticipantResource {

    @GET
    @Operation(summary = "List participants", description = "Participants by name. 'name' finds a participant by any of its names, whatever the spelling of case, accents and punctuation (name=Sergei Lavrov finds Sergey Lavrov).")
    @APIResponse(responseCode = "200", description = "A page of participants; Link headers point to the next and previous pages.")
    @Parameter(ref = "asOf")
    @Parameter(ref = "q")
    @Parameter(ref = "slug")
    @Parameter(name = "name", in = ParameterIn.QUERY, description = "Any name of the participant, comma-separated for several.", example = "Sergei Lavrov", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Kinds, comma-separated: state, government, international-organization, coalition, working-group, task-force, person, armed-group, opposition, other.", example = "person", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "memberOf", in = ParameterIn.QUERY, description = "Members of these groups (slug or name), comma-separated.", example = "issg", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Sort keys, comma-separated, '-' for descending: name, slug, kind. Default: name,slug.", example = "name", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "include", in = ParameterIn.QUERY, description = "Related records to embed: memberships, members.", example = "memberships", schema = @Schema(type = SchemaType.STRING))
    public RestResponse<PageView<ParticipantView>> list(@Context UriInfo uri) {
        ListRequest request = ParticipantQueries.request(uri);
        return ParticipantQueries.list(request, w -> {
        }).response(uri, request);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one participant", description = "A participant with all its names, offices, memberships, members, claims and citations.")
    @APIResponse(responseCode = "200", description = "The participant.")
    @Parameter(ref = "asOf")
    public ParticipantView get(
            @Parameter(description = "The participant's slug.", example = "sergey-lavrov") @RestPath String slug,
            @Context UriInfo uri) {
        ListRequest request = ListRequest.record(uri);
        return ParticipantQueries.get(slug, request.asOf())
                .orElseThrow(() -> NotFoundProblem.of("participant", slug, request.asOf()));
    }

    @GET
    @Path("/{slug}/meetings")
    @Operation(summary = "Meetings of a participant", description = "Meetings the participant took part in (in any role, including excluded party), with the meetings list's filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of meetings.")
    public RestResponse<PageView<MeetingView>> meetings(
            @Parameter(description = "The participant's slug.", example = "sergey-lavrov") @RestPath String slug,
            @Context UriInfo uri) {
        long id = require(slug);
        ListRequest request = MeetingQueries.request(uri);
        return MeetingQueries.list(request, w -> w.and("exists (select 1 from MeetingParticipant x where x.meeting = e"
                + " and x.participant.id = " + w.param(id) + ")")).response(uri, request);
    }

    @GET
    @Path("/{slug}/commitments")
    @Operation(summary = "Commitments of a participant", description = "Commitments the participant made or is bound by, with the commitments list's filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of commitments.")
    public RestResponse<PageView<CommitmentView>> commitments(
            @Parameter(description = "The participant's slug.", example = "russia") @RestPath String slug,
            @Context UriInfo uri) {
        long id = require(slug);
        ListRequest request = CommitmentQueries.request(uri);
        return CommitmentQueries.list(request, w -> w.and("exists (select 1 from CommitmentParty x where x.commitment = e"
                + " and x.participant.id = " + w.param(id) + ")")).response(uri, request);
    }

    @GET
    @Path("/{slug}/deadlines")
    @Operation(summary = "Deadlines set by a participant", description = "Deadlines the participant set, with the deadlines list's filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of deadlines.")
    public RestResponse<PageView<DeadlineView>> deadlines(
            @Parameter(description = "The participant's slug.", example = "united-nations") @RestPath String slug,
            @Context UriInfo uri) {
        long id = require(slug);
        ListRequest request = DeadlineQueries.request(uri);
        return DeadlineQueries.list(request, w -> w.and("exists (select 1 from DeadlineSetter x where x.deadline = e"
                + " and x.participant.id = " + w.param(id) + ")")).response(uri, request);
    }

    private static long require(String slug) {
        return Participant.findBySlug(slug).map(p -> p.id).orElseThrow(() -> NotFoundProblem.of("participant", slug, null));
    }
}
