package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.commitment.DeadlineFilter;
import org.ceasefiredata.ceasefire.commitment.DeadlineRepository;
import org.ceasefiredata.ceasefire.graph.Orders.DeadlineOrder;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** Deadlines: lookup, the list, their relations, and the deadlines of a commitment, a meeting and a participant. */
@GraphQLApi
public class DeadlineGraphQL {

    @Inject
    DeadlineRepository deadlines;
    @Inject
    Assembler assembler;
    @Inject
    Context context;

    @Query("deadline")
    @Description("One deadline by slug; null when there is none, or none known on asOf.")
    public DeadlineNode deadline(@NonNull @Description("The deadline's slug.") String slug,
            @Description("Answer as known on this day (any date precision); nested fields follow.") String asOf) {
        return UserInputError.guard(() -> {
            LocalDate day = Ahead.asOf(asOf);
            return assembler.resolve(deadlines.pendingBySlug(slug, day), "Deadline", d -> DeadlineNode.of(d, day), env(), day);
        });
    }

    @Query("deadlines")
    @NonNull
    @Description("Deadlines, by due window (first possible day, then last; undated last), then slug, unless orderBy says otherwise. Pages forward with first/after, backward with last/before.")
    public Connection<DeadlineNode> deadlines(@Description("Filters; all given must hold.") DeadlineFilter filter,
            @Description(Ahead.ORDER_BY) List<DeadlineOrder> orderBy,
            @Description(Ahead.FIRST) Integer first, @Description(Ahead.AFTER) String after,
            @Description(Ahead.LAST) Integer last, @Description(Ahead.BEFORE) String before) {
        return UserInputError.guard(() -> {
            DeadlineFilter f = filter == null ? new DeadlineFilter() : Ahead.filter(filter);
            LocalDate day = f.day();
            DataFetchingEnvironment env = env();
            return assembler.connection(Connection.of(
                    deadlines.page(f, Ahead.page(first, after, last, before, orderBy, DeadlineRepository.DEFAULT_SORT, env)),
                    d -> DeadlineNode.of(d, day)), env, day);
        }, Ahead::argument);
    }

    @Description("The commitment it belongs to.")
    public CommitmentNode commitment(@Source DeadlineNode deadline) {
        return Ahead.value(deadline, "commitment");
    }

    @Description("The meeting that set it.")
    public MeetingNode meeting(@Source DeadlineNode deadline) {
        return Ahead.value(deadline, "meeting");
    }

    @NonNull
    @Description("Who set it.")
    public List<@NonNull ParticipantNode> setBy(@Source DeadlineNode deadline) {
        return Ahead.value(deadline, "setBy");
    }

    @NonNull
    @Description("Status assessments, oldest first (as of asOf, when given: those all of whose sources were published by then).")
    public List<DeadlineNode.@NonNull Assessment> history(@Source DeadlineNode deadline) {
        return Ahead.value(deadline, "history");
    }

    @NonNull
    @Description("Evidence for the deadline. Not paged: curated evidence runs to a handful of citations per record (at most 9 in the dataset).")
    public List<@NonNull CitationNode> citations(@Source DeadlineNode deadline) {
        return Ahead.value(deadline, "citations");
    }

    @NonNull
    @Description("Statements of single sources where sources differ.")
    public List<@NonNull ClaimNode> claims(@Source DeadlineNode deadline) {
        return Ahead.value(deadline, "claims");
    }

    @Name("deadlines")
    @NonNull
    @Description("Deadlines attached to the commitment, by due window.")
    public List<@NonNull DeadlineNode> commitmentDeadlines(@Source CommitmentNode commitment) {
        return Ahead.value(commitment, "deadlines");
    }

    @Name("deadlines")
    @NonNull
    @Description("Deadlines the meeting set, by due window.")
    public List<@NonNull DeadlineNode> meetingDeadlines(@Source MeetingNode meeting) {
        return Ahead.value(meeting, "deadlines");
    }

    @Name("deadlines")
    @NonNull
    @Description("Deadlines it set, by due window: the first 'first' of the deadlines list with filter.participant (which pages through all).")
    public List<@NonNull DeadlineNode> participantDeadlines(@Source ParticipantNode participant,
            @DefaultValue("25") @Description("How many, 1 to 100.") int first) {
        return Ahead.value(participant, "deadlines");
    }

    private DataFetchingEnvironment env() {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
