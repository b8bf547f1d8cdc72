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
import org.ceasefiredata.ceasefire.commitment.DeadlineFilter;
import org.ceasefiredata.ceasefire.meeting.MeetingFilter;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.participant.ParticipantFilter;
import org.ceasefiredata.ceasefire.participant.ParticipantRepository;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;
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

/** Participants of the ceasefire process over HTTP, findable by any of their names. */
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "States, organizations, groups, people and armed groups, with all their names.")
public class ParticipantResource {

    static final String SORT = "Sort keys, comma-separated, '-' for descending: name, slug, kind. Default: name,slug; with name=, the best matches first (whole names, then whole words, then word beginnings).";
    static final String LIST_INCLUDE = "Related records to embed: memberships, members.";
    static final String DETAIL_INCLUDE = "Related records to embed: memberships, members. Default: both.";
    static final Set<String> INCLUDES = Set.of("memberships", "members");

    @Inject
    ParticipantRepository participants;
    @Inject
    Views views;

    @GET
    @Operation(summary = "List participants", description = "Participants by name. 'name' finds a participant by any of its names, whatever the spelling of case, accents and punctuation (name=Sergei Lavrov finds Sergey Lavrov).")
    @APIResponse(responseCode = "200", description = "A page of participants; Link headers point to the next and previous pages.")
    public RestResponse<PageView<ParticipantView>> list(@BeanParam ParticipantFilter filter, @BeanParam Paging paging,
            @Parameter(description = SORT, example = "name", schema = @Schema(type = SchemaType.STRING)) @RestQuery String sort,
            @Parameter(description = LIST_INCLUDE, example = "memberships", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields,
            @Context UriInfo uri) {
        PageRequest page = paging.request(sort, ParticipantRepository.SORT, ParticipantRepository.DEFAULT_SORT);
        Include embed = Include.parse(include, fields, INCLUDES, Include.none(), ParticipantView.class);
        return PageView.of(participants.page(filter, page), page.limit(),
                rows -> views.participants(rows, filter.day(), embed)).response(uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one participant", description = "A participant with all its names, offices, memberships, members, claims and citations.")
    @APIResponse(responseCode = "200", description = "The participant.")
    public ParticipantView get(
            @Parameter(description = "The participant's slug.", example = "sergey-lavrov") @RestPath String slug,
            @Parameter(ref = "asOf") @RestQuery String asOf,
            @Parameter(description = DETAIL_INCLUDE, example = "memberships", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields) {
        Include embed = Include.parse(include, fields, INCLUDES, Views.PARTICIPANT_DEFAULT, ParticipantView.class);
        java.time.LocalDate day = Days.asOf(asOf);
        ParticipantRow participant = participants.bySlug(slug, day)
                .orElseThrow(() -> NotFoundProblem.of("participant", slug, day));
        return views.participants(List.of(participant), day, embed).get(0);
    }

    @GET
    @Path("/{slug}/meetings")
    @Operation(summary = "Meetings of a participant", description = "The meeting list with participant={slug}: meetings it took part in (in any role, including excluded party; as of a day, participations reported by then), with the same filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of meetings.")
    public RestResponse<PageView<MeetingView>> meetings(
            @Parameter(description = "The participant's slug.", example = "sergey-lavrov") @RestPath String slug,
            @BeanParam MeetingFilter filter, @BeanParam Paging paging,
            @Parameter(description = MeetingResource.SORT, example = "-date", schema = @Schema(type = SchemaType.STRING)) @RestQuery String sort,
            @Parameter(description = MeetingResource.LIST_INCLUDE, example = "participants", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields,
            @Context UriInfo uri) {
        require(slug);
        filter.participant = MeetingResource.narrowed("participant", filter.participant, slug);
        return MeetingResource.list(filter, paging, sort, include, fields, uri, views);
    }

    @GET
    @Path("/{slug}/commitments")
    @Operation(summary = "Commitments of a participant", description = "The commitment list with participant={slug}: commitments it made or is bound by, with the same filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of commitments.")
    public RestResponse<PageView<CommitmentView>> commitments(
            @Parameter(description = "The participant's slug.", example = "russia") @RestPath String slug,
            @BeanParam CommitmentFilter filter, @BeanParam Paging paging,
            @Parameter(description = CommitmentResource.SORT, example = "-date", schema = @Schema(type = SchemaType.STRING)) @RestQuery String sort,
            @Parameter(description = CommitmentResource.LIST_INCLUDE, example = "history", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields,
            @Context UriInfo uri) {
        require(slug);
        filter.participant = MeetingResource.narrowed("participant", filter.participant, slug);
        return CommitmentResource.list(filter, paging, sort, include, fields, uri, views);
    }

    @GET
    @Path("/{slug}/deadlines")
    @Operation(summary = "Deadlines set by a participant", description = "The deadline list with participant={slug}: deadlines it set, with the same filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of deadlines.")
    public RestResponse<PageView<DeadlineView>> deadlines(
            @Parameter(description = "The participant's slug.", example = "united-nations") @RestPath String slug,
            @BeanParam DeadlineFilter filter, @BeanParam Paging paging,
            @Parameter(description = DeadlineResource.SORT, example = "due", schema = @Schema(type = SchemaType.STRING)) @RestQuery String sort,
            @Parameter(description = DeadlineResource.LIST_INCLUDE, example = "history", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields,
            @Context UriInfo uri) {
        require(slug);
        filter.participant = MeetingResource.narrowed("participant", filter.participant, slug);
        return DeadlineResource.list(filter, paging, sort, include, fields, uri, views);
    }

    private void require(String slug) {
        if (participants.bySlug(slug, null).isEmpty()) {
            throw NotFoundProblem.of("participant", slug, null);
        }
    }
}
