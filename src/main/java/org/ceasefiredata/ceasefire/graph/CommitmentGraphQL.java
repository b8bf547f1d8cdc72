package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.commitment.CommitmentFilter;
import org.ceasefiredata.ceasefire.commitment.CommitmentRepository;
import org.ceasefiredata.ceasefire.graph.Orders.CommitmentOrder;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** Commitments: lookup, the list, their relations, and the commitments of a meeting and of a participant. */
@GraphQLApi
public class CommitmentGraphQL {

    @Inject
    CommitmentRepository commitments;
    @Inject
    Assembler assembler;
    @Inject
    Context context;

    @Query("commitment")
    @Description("One commitment by slug; null when there is none, or none known on asOf.")
    public CommitmentNode commitment(@NonNull @Description("The commitment's slug.") String slug,
            @Description("Answer as known on this day (any date precision); nested fields follow.") String asOf) {
        return UserInputError.guard(() -> {
            LocalDate day = Ahead.asOf(asOf);
            return assembler.resolve(commitments.pendingBySlug(slug, day), "Commitment", c -> CommitmentNode.of(c, day), env(),
                    day);
        });
    }

    @Query("commitments")
    @NonNull
    @Description("Commitments, by date made (undated last), then slug, unless orderBy says otherwise. Pages forward with first/after, backward with last/before.")
    public Connection<CommitmentNode> commitments(@Description("Filters; all given must hold.") CommitmentFilter filter,
            @Description(Ahead.ORDER_BY) List<CommitmentOrder> orderBy,
            @Description(Ahead.FIRST) Integer first, @Description(Ahead.AFTER) String after,
            @Description(Ahead.LAST) Integer last, @Description(Ahead.BEFORE) String before) {
        return UserInputError.guard(() -> {
            CommitmentFilter f = filter == null ? new CommitmentFilter() : Ahead.filter(filter);
            LocalDate day = f.day();
            DataFetchingEnvironment env = env();
            return assembler.connection(Connection.of(
                    commitments.page(f,
                            Ahead.page(first, after, last, before, orderBy, CommitmentRepository.DEFAULT_SORT, env)),
                    c -> CommitmentNode.of(c, day)), env, day);
        }, Ahead::argument);
    }

    @Description("The meeting where it was made.")
    public MeetingNode meeting(@Source CommitmentNode commitment) {
        return Ahead.value(commitment, "meeting");
    }

    @NonNull
    @Description("Who made it.")
    public List<@NonNull ParticipantNode> madeBy(@Source CommitmentNode commitment) {
        return Ahead.value(commitment, "madeBy");
    }

    @NonNull
    @Description("Who it binds.")
    public List<@NonNull ParticipantNode> binds(@Source CommitmentNode commitment) {
        return Ahead.value(commitment, "binds");
    }

    @NonNull
    @Description("Status assessments, oldest first (as of asOf, when given: those all of whose sources were published by then).")
    public List<CommitmentNode.@NonNull Assessment> history(@Source CommitmentNode commitment) {
        return Ahead.value(commitment, "history");
    }

    @NonNull
    @Description("Evidence for the commitment. Not paged: curated evidence runs to a handful of citations per record (at most 9 in the dataset).")
    public List<@NonNull CitationNode> citations(@Source CommitmentNode commitment) {
        return Ahead.value(commitment, "citations");
    }

    @NonNull
    @Description("Statements of single sources where sources differ.")
    public List<@NonNull ClaimNode> claims(@Source CommitmentNode commitment) {
        return Ahead.value(commitment, "claims");
    }

    @NonNull
    @Description("Commitments made at the meeting, by date made, then slug.")
    public List<@NonNull CommitmentNode> commitments(@Source MeetingNode meeting) {
        return Ahead.value(meeting, "commitments");
    }

    @Name("commitments")
    @NonNull
    @Description("Commitments it made or is bound by, by date made: the first 'first' of the commitments list with filter.participant (which pages through all).")
    public List<@NonNull CommitmentNode> participantCommitments(@Source ParticipantNode participant,
            @DefaultValue("25") @Description("How many, 1 to 100.") int first) {
        return Ahead.value(participant, "commitments");
    }

    private DataFetchingEnvironment env() {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
