package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.graph.Orders.MeetingOrder;
import org.ceasefiredata.ceasefire.meeting.MeetingFilter;
import org.ceasefiredata.ceasefire.meeting.MeetingRepository;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * Meetings: lookup, the list, and the relations of a meeting and of a participation. Relations are declared here (their
 * type, arguments and description); {@link Relations} loads them ahead of execution.
 */
@GraphQLApi
public class MeetingGraphQL {

    @Inject
    MeetingRepository meetings;
    @Inject
    Assembler assembler;
    @Inject
    Context context;

    @Query("meeting")
    @Description("One meeting by slug; null when there is none, or none known on asOf.")
    public MeetingNode meeting(@NonNull @Description("The meeting's slug.") String slug,
            @Description("Answer as known on this day (any date precision); nested fields follow.") String asOf) {
        return UserInputError.guard(() -> {
            LocalDate day = Ahead.asOf(asOf);
            return assembler.resolve(meetings.pendingBySlug(slug, day), "Meeting", m -> MeetingNode.of(m, day), env(), day);
        });
    }

    @Query("meetings")
    @NonNull
    @Description("Meetings, in chronological order of their date windows (undated last), then slug, unless orderBy says otherwise. Pages forward with first/after, backward with last/before.")
    public Connection<MeetingNode> meetings(@Description("Filters; all given must hold.") MeetingFilter filter,
            @Description(Ahead.ORDER_BY) List<MeetingOrder> orderBy,
            @Description(Ahead.FIRST) Integer first, @Description(Ahead.AFTER) String after,
            @Description(Ahead.LAST) Integer last, @Description(Ahead.BEFORE) String before) {
        return UserInputError.guard(() -> {
            MeetingFilter f = filter == null ? new MeetingFilter() : Ahead.filter(filter);
            LocalDate day = f.day();
            DataFetchingEnvironment env = env();
            return assembler.connection(Connection.of(
                    meetings.page(f, Ahead.page(first, after, last, before, orderBy, MeetingRepository.CHRONOLOGICAL, env)),
                    m -> MeetingNode.of(m, day)), env, day);
        }, Ahead::argument);
    }

    @Description("The series or process the meeting belongs to.")
    public MeetingNode partOf(@Source MeetingNode meeting) {
        return Ahead.value(meeting, "partOf");
    }

    @NonNull
    @Description("The meetings of this series or process, in chronological order.")
    public List<@NonNull MeetingNode> parts(@Source MeetingNode meeting) {
        return Ahead.value(meeting, "parts");
    }

    @NonNull
    @Description("Participants with their roles, ordered by role (co-chair, chair, convener, mediator, party, attendee, observer, excluded party, host), then name.")
    public List<MeetingNode.@NonNull ParticipationNode> participants(@Source MeetingNode meeting) {
        return Ahead.value(meeting, "participants");
    }

    @NonNull
    @Description("Evidence that the meeting took place (or was planned) as described. Not paged: curated evidence runs to a handful of citations per record (at most 9 in the dataset).")
    public List<@NonNull CitationNode> citations(@Source MeetingNode meeting) {
        return Ahead.value(meeting, "citations");
    }

    @NonNull
    @Description("Statements of single sources where sources differ (e.g. on duration).")
    public List<@NonNull ClaimNode> claims(@Source MeetingNode meeting) {
        return Ahead.value(meeting, "claims");
    }

    @NonNull
    @Description("The participant.")
    public ParticipantNode participant(@Source MeetingNode.ParticipationNode participation) {
        return Ahead.value(participation, "participant");
    }

    @NonNull
    @Description("The meeting.")
    public MeetingNode meeting(@Source MeetingNode.ParticipationNode participation) {
        return Ahead.value(participation, "meeting");
    }

    @NonNull
    @Description("Evidence for the participation and role. Not paged: curated evidence runs to a handful of citations per record (at most 9 in the dataset).")
    @Name("citations")
    public List<@NonNull CitationNode> participationCitations(@Source MeetingNode.ParticipationNode participation) {
        return Ahead.value(participation, "citations");
    }

    @NonNull
    @Description("Meetings it took part in, with its role, in chronological order of the meetings: its participations in a page of the meetings list with filter.participant (first meetings after 'after'; a connection, as a participant may take part in hundreds). A meeting where it had two roles gives two edges with the meeting's cursor; totalCount counts meetings.")
    public Connection<MeetingNode.ParticipationNode> participations(@Source ParticipantNode participant,
            @DefaultValue("25") @Description("How many meetings, 1 to 100.") int first,
            @Description(Ahead.AFTER) String after) {
        return Ahead.value(participant, "participations");
    }

    private DataFetchingEnvironment env() {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
