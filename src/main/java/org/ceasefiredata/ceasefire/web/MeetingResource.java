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
import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.meeting.MeetingFilter;
import org.ceasefiredata.ceasefire.meeting.MeetingRepository;
import org.ceasefiredata.ceasefire.meeting.MeetingRow;
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

/** Meetings of the ceasefire process over HTTP. */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings, negotiation rounds, summits and talks, with participants and citations.")
public class MeetingResource {

    static final String SORT = "Sort keys, comma-separated, '-' for descending: date, end, slug, title, kind, status. Default: date,end,slug.";
    static final String LIST_INCLUDE = "Related records to embed, comma-separated: participants, commitments (commitments.deadlines: with their deadlines), deadlines.";
    static final String DETAIL_INCLUDE = "Related records to embed, comma-separated: participants, commitments (commitments.deadlines: each with its deadlines), deadlines. Default: participants, commitments, deadlines. The meeting's own citations and claims always come.";
    static final Set<String> INCLUDES = Set.of("participants", "commitments", "commitments.deadlines", "deadlines");

    @Inject
    MeetingRepository meetings;
    @Inject
    Views views;

    @GET
    @Operation(summary = "List meetings", description = "Meetings in chronological order by default (by the first day their date can be, then the last; undated meetings last). Filters combine with AND; a filter's comma-separated values combine with OR.")
    @APIResponse(responseCode = "200", description = "A page of meetings; Link headers point to the next and previous pages.")
    public RestResponse<PageView<MeetingView>> list(@BeanParam MeetingFilter filter, @BeanParam Paging paging,
            @Parameter(description = SORT, example = "-date,slug", schema = @Schema(type = SchemaType.STRING)) @RestQuery String sort,
            @Parameter(description = LIST_INCLUDE, example = "participants", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields,
            @Context UriInfo uri) {
        return list(filter, paging, sort, include, fields, uri, views);
    }

    /** The meeting list as asked for: also answers the meetings of a participant. */
    static RestResponse<PageView<MeetingView>> list(MeetingFilter filter, Paging paging, String sort, List<String> include,
            List<String> fields, UriInfo uri, Views views) {
        PageRequest page = paging.request(sort, MeetingRepository.SORT, MeetingRepository.CHRONOLOGICAL);
        Include embed = Include.parse(include, fields, INCLUDES, Include.none(), MeetingView.class);
        return views.meetings(filter, page, embed).response(uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one meeting", description = "A meeting by its slug, with participants and roles, the commitments and deadlines it produced, outcome, claims and citations.")
    @APIResponse(responseCode = "200", description = "The record.")
    public MeetingView get(
            @Parameter(description = "The meeting's slug.", example = "issg-munich-2016-02") @RestPath String slug,
            @Parameter(ref = "asOf") @RestQuery String asOf,
            @Parameter(description = DETAIL_INCLUDE, example = "commitments.deadlines", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields) {
        Include embed = Include.parse(include, fields, INCLUDES, Views.MEETING_DEFAULT, MeetingView.class);
        java.time.LocalDate day = Days.asOf(asOf);
        return views.meeting(slug, day, embed).orElseThrow(() -> NotFoundProblem.of("meeting", slug, day));
    }

    @GET
    @Path("/{slug}/participants")
    @Operation(summary = "Participants of a meeting", description = "Who took part in the meeting (or was excluded from it), in which role, with evidence; ordered by role then name.")
    @APIResponse(responseCode = "200", description = "The participations.")
    public List<ParticipationView> participants(
            @Parameter(description = "The meeting's slug.", example = "issg-munich-2016-02") @RestPath String slug,
            @Parameter(ref = "asOf") @RestQuery String asOf,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields) {
        Include kept = Include.fields(fields, ParticipationView.class);
        java.time.LocalDate day = Days.asOf(asOf);
        MeetingRow meeting = meetings.bySlug(slug, day).orElseThrow(() -> NotFoundProblem.of("meeting", slug, day));
        return views.participations(List.of(meeting), day, kept).getOrDefault(meeting.id(), List.of());
    }

    @GET
    @Path("/{slug}/commitments")
    @Operation(summary = "Commitments made at a meeting", description = "The commitment list with meeting={slug}: the same filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of commitments.")
    public RestResponse<PageView<CommitmentView>> commitments(
            @Parameter(description = "The meeting's slug.", example = "issg-munich-2016-02") @RestPath String slug,
            @BeanParam CommitmentFilter filter, @BeanParam Paging paging,
            @Parameter(description = CommitmentResource.SORT, example = "-date", schema = @Schema(type = SchemaType.STRING)) @RestQuery String sort,
            @Parameter(description = CommitmentResource.LIST_INCLUDE, example = "history", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields,
            @Context UriInfo uri) {
        require(slug);
        filter.meeting = narrowed("meeting", filter.meeting, slug);
        return CommitmentResource.list(filter, paging, sort, include, fields, uri, views);
    }

    @GET
    @Path("/{slug}/deadlines")
    @Operation(summary = "Deadlines set at a meeting", description = "The deadline list with meeting={slug}: the same filters, sort and paging.")
    @APIResponse(responseCode = "200", description = "A page of deadlines.")
    public RestResponse<PageView<DeadlineView>> deadlines(
            @Parameter(description = "The meeting's slug.", example = "issg-munich-2016-02") @RestPath String slug,
            @BeanParam DeadlineFilter filter, @BeanParam Paging paging,
            @Parameter(description = DeadlineResource.SORT, example = "due", schema = @Schema(type = SchemaType.STRING)) @RestQuery String sort,
            @Parameter(description = DeadlineResource.LIST_INCLUDE, example = "history", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields,
            @Context UriInfo uri) {
        require(slug);
        filter.meeting = narrowed("meeting", filter.meeting, slug);
        return DeadlineResource.list(filter, paging, sort, include, fields, uri, views);
    }

    private void require(String slug) {
        if (meetings.bySlug(slug, null).isEmpty()) {
            throw NotFoundProblem.of("meeting", slug, null);
        }
    }

    /**
     * A sub-resource is its list with the parent as a filter; the same filter given as a parameter too would be
     * ambiguous, so it is refused.
     */
    static List<String> narrowed(String parameter, List<String> given, String slug) {
        if (given != null && !given.isEmpty()) {
            new Checks().reject(parameter, "is fixed by the path of this resource; use the top-level list to filter by "
                    + parameter).done();
        }
        return List.of(slug);
    }
}
