package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.Map;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.meeting.MeetingDocs;
import org.ceasefiredata.ceasefire.meeting.MeetingKind;
import org.ceasefiredata.ceasefire.meeting.MeetingRow;
import org.ceasefiredata.ceasefire.meeting.MeetingStatus;
import org.ceasefiredata.ceasefire.meeting.ParticipantRole;
import org.ceasefiredata.ceasefire.meeting.ParticipationRow;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A meeting in the GraphQL graph; its relations are loaded ahead by {@link Assembler}. */
@Type("Meeting")
@Description(MeetingDocs.MEETING)
public record MeetingNode(
        @Ignore long key,
        @Ignore LocalDate asOf,
        @Ignore Long partOfId,
        @Ignore Map<String, Object> related,
        @NonNull @Description(Docs.SLUG_FIELD) String slug,
        @NonNull @Description(MeetingDocs.TITLE) String title,
        @NonNull @Description(MeetingDocs.KIND) MeetingKind kind,
        @NonNull @Description(MeetingDocs.STATUS) MeetingStatus status,
        @Description(MeetingDocs.PLACE) String place,
        @Description(MeetingDocs.COUNTRY) String country,
        @Description(MeetingDocs.DATE) PartialDate date,
        @Description(MeetingDocs.OUTCOME) String outcome,
        @NonNull @Description(Docs.BASIS_OF_MEETING) Basis basis) implements TimelineRecord, SearchRecord, GraphNode, Node {

    @NonNull
    @Description("The status, under a name of its own: in a timeline or search union it does not clash with the statuses of other kinds of record.")
    public MeetingStatus getMeetingStatus() {
        return status;
    }

    @NonNull
    @Description("The kind, under a name of its own: in a search union it does not clash with the kinds of other records.")
    public MeetingKind getMeetingKind() {
        return kind;
    }

    @Override
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Global id of the record: stable and opaque; node(id:) finds it again.")
    public String getId() {
        return Node.id("Meeting", slug);
    }

    static MeetingNode of(MeetingRow m, LocalDate asOf) {
        return new MeetingNode(m.id(), asOf, m.partOfId(), GraphNode.slots(), m.slug(), m.title(), m.kind(), m.status(),
                m.place(), m.country(), m.date(), m.outcome(), m.basis());
    }

    /** A participant's part in a meeting. */
    @Type("Participation")
    @Description(MeetingDocs.PARTICIPATION)
    public record ParticipationNode(
            @Ignore long key,
            @Ignore long meetingId,
            @Ignore ParticipantRow participantRow,
            @Ignore LocalDate asOf,
            @Ignore Map<String, Object> related,
            @NonNull @Description(MeetingDocs.PARTICIPATION_ROLE) ParticipantRole role) implements GraphNode {

        static ParticipationNode of(ParticipationRow p, LocalDate asOf) {
            return new ParticipationNode(p.id(), p.meetingId(), p.participant(), asOf, GraphNode.slots(), p.role());
        }
    }
}
