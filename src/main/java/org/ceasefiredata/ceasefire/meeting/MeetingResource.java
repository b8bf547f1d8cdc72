package org.ceasefiredata.ceasefire.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.ceasefiredata.ceasefire.source.CitationView;
import org.ceasefiredata.ceasefire.source.ClaimView;
import org.ceasefiredata.ceasefire.source.Evidence;
import org.ceasefiredata.ceasefire.source.Evidence.Subject;
import org.ceasefiredata.ceasefire.web.NotFoundProblem;
import org.ceasefiredata.ceasefire.web.PageView;
import org.ceasefiredata.ceasefire.web.Paging;
import org.ceasefiredata.ceasefire.web.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** Meetings of the ceasefire process over HTTP. */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings, negotiation rounds, summits and talks, with participants and citations.")
public class MeetingResource {

    /** Chronological: by first possible day, then last possible day; undated meetings last; slug breaks ties. */
    static final String CHRONOLOGICAL = "select m from Meeting m left join fetch m.partOf"
            + " order by m.date.earliest asc nulls last, m.date.latest asc nulls last, m.slug";

    @GET
    @Operation(summary = "List meetings chronologically", description = "Meetings ordered by the first day their date can be, then the last; meetings the sources do not date come last. Each carries its participants with roles, and its citations.")
    @APIResponse(responseCode = "200", description = "A page of meetings.")
    @APIResponse(responseCode = "400", description = "Invalid page or size.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageView<MeetingView> list(
            @Parameter(description = "Zero-based page number.", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @RestQuery String page,
            @Parameter(description = "Page size, 1 to 100.", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @RestQuery String size) {
        Paging paging = Paging.of(page, size);
        PanacheQuery<Meeting> query = Meeting.find(CHRONOLOGICAL);
        List<Meeting> meetings = query.page(Page.of(paging.page(), paging.size())).list();
        return new PageView<>(views(meetings), paging.page(), paging.size(), Meeting.count());
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one meeting", description = "A meeting by its slug, with participants, roles, outcome, claims and citations.")
    @APIResponse(responseCode = "200", description = "The meeting.")
    @APIResponse(responseCode = "404", description = "No meeting has this slug.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public MeetingView get(
            @Parameter(description = "The meeting's slug.", example = "issg-munich-2016-02-11") @RestPath String slug) {
        Meeting meeting = Meeting.findBySlug(slug)
                .orElseThrow(() -> new NotFoundProblem("No meeting with slug '" + slug + "'."));
        return views(List.of(meeting)).get(0);
    }

    /** Views for a batch of meetings: four queries whatever the batch size. */
    static List<MeetingView> views(List<Meeting> meetings) {
        List<Long> ids = meetings.stream().map(m -> m.id).toList();
        Map<Long, List<CitationView>> citations = Evidence.citations(Subject.MEETING, ids);
        Map<Long, List<ClaimView>> claims = Evidence.claims(Subject.MEETING, ids);
        List<MeetingParticipant> participations = ids.isEmpty()
                ? List.of()
                : MeetingParticipant.<MeetingParticipant>find("select mp from MeetingParticipant mp join fetch mp.participant p"
                        + " where mp.meeting.id in ?1 order by p.name, mp.id", ids).list();
        Map<Long, List<CitationView>> roleCitations = Evidence.citations(Subject.MEETING_PARTICIPANT,
                participations.stream().map(mp -> mp.id).toList());
        Map<Long, List<ParticipationView>> byMeeting = new LinkedHashMap<>();
        // Roles in their declared order (co-chair first), which the database cannot sort by: it stores the names.
        for (MeetingParticipant mp : participations.stream()
                .sorted(Comparator.comparing((MeetingParticipant p) -> p.role.ordinal()))
                .toList()) {
            byMeeting.computeIfAbsent(mp.meeting.id, k -> new ArrayList<>())
                    .add(new ParticipationView(mp.participant.slug, mp.participant.name, mp.participant.kind, mp.role,
                            roleCitations.getOrDefault(mp.id, List.of())));
        }
        return meetings.stream()
                .map(m -> new MeetingView(m.slug, m.title, m.kind, m.status, m.place, m.country,
                        m.date == null ? null : m.date.toPartialDate(), m.partOf == null ? null : m.partOf.slug, m.outcome,
                        byMeeting.getOrDefault(m.id, List.of()), citations.getOrDefault(m.id, List.of()),
                        claims.getOrDefault(m.id, List.of())))
                .toList();
    }
}
