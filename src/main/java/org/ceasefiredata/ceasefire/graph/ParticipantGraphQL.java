package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.graph.Orders.ParticipantOrder;
import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.ceasefiredata.ceasefire.participant.ParticipantFilter;
import org.ceasefiredata.ceasefire.participant.ParticipantRepository;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** Participants: lookup by slug or any name, the list, and the relations of a participant, an office, a membership. */
@GraphQLApi
public class ParticipantGraphQL {

    @Inject
    ParticipantRepository participants;
    @Inject
    Assembler assembler;
    @Inject
    Context context;

    @Query("participant")
    @Description("One participant by slug or by any of its names ('Sergei Lavrov' finds Sergey Lavrov); null when there is none. Give slug or name, not both.")
    public ParticipantNode participant(@Description("The participant's slug.") String slug,
            @Description("Any name the participant goes by, in any case.") String name,
            @Description("Answer as known on this day (any date precision).") String asOf) {
        return UserInputError.guard(() -> {
            LocalDate day = Ahead.asOf(asOf);
            if ((slug == null) == (name == null)) {
                new Checks().reject(slug == null ? "slug" : "name", "give exactly one of slug and name").done();
            }
            List<Long> ids = slug != null
                    ? participants.bySlug(slug, null).map(p -> List.of(p.id())).orElse(List.of())
                    : participants.idsBySlugOrName(name);
            if (ids.size() > 1) {
                List<String> slugs = participants.byIds(ids, null).values().stream().map(ParticipantRow::slug).sorted()
                        .toList();
                throw InvalidInput.of("name", "is shared by " + ids.size() + " participants (" + String.join(", ", slugs)
                        + "); ask by slug");
            }
            ParticipantRow found = ids.isEmpty() ? null : participants.byIds(ids, day).get(ids.get(0));
            return assembler.resolve(found == null ? null : ParticipantNode.of(found, day), env(), day);
        });
    }

    @Query("participants")
    @NonNull
    @Description("Participants, by name, then slug (with filter.name, the best matches first: whole names, then whole words, then word beginnings), unless orderBy says otherwise. Pages forward with first/after, backward with last/before.")
    public Connection<ParticipantNode> participants(@Description("Filters; all given must hold.") ParticipantFilter filter,
            @Description(Ahead.ORDER_BY) List<ParticipantOrder> orderBy,
            @Description(Ahead.FIRST) Integer first, @Description(Ahead.AFTER) String after,
            @Description(Ahead.LAST) Integer last, @Description(Ahead.BEFORE) String before) {
        return UserInputError.guard(() -> {
            ParticipantFilter f = filter == null ? new ParticipantFilter() : Ahead.filter(filter);
            LocalDate day = f.day();
            DataFetchingEnvironment env = env();
            return assembler.connection(Connection.of(
                    participants.page(f,
                            Ahead.page(first, after, last, before, orderBy, ParticipantRepository.DEFAULT_SORT, env)),
                    p -> ParticipantNode.of(p, day)), env, day);
        }, Ahead::argument);
    }

    @NonNull
    @Description("Every name it goes by in the texts, the preferred one first.")
    public List<ParticipantNode.@NonNull NameNode> names(@Source ParticipantNode participant) {
        return Ahead.value(participant, "names");
    }

    @NonNull
    @Description("Offices a person held at the time (as known on asOf).")
    public List<ParticipantNode.@NonNull OfficeNode> offices(@Source ParticipantNode participant) {
        return Ahead.value(participant, "offices");
    }

    @Name("of")
    @Description("The state or organization the office belongs to.")
    public ParticipantNode officeOf(@Source ParticipantNode.OfficeNode office) {
        return Ahead.value(office, "of");
    }

    @NonNull
    @Description("Groups it belongs to (as known on asOf).")
    public List<ParticipantNode.@NonNull MembershipNode> memberships(@Source ParticipantNode participant) {
        return Ahead.value(participant, "memberships");
    }

    @NonNull
    @Description("For a group: its members (as known on asOf).")
    public List<ParticipantNode.@NonNull MembershipNode> members(@Source ParticipantNode participant) {
        return Ahead.value(participant, "members");
    }

    @NonNull
    @Description("The member.")
    public ParticipantNode member(@Source ParticipantNode.MembershipNode membership) {
        return Ahead.value(membership, "member");
    }

    @NonNull
    @Description("The group.")
    public ParticipantNode group(@Source ParticipantNode.MembershipNode membership) {
        return Ahead.value(membership, "group");
    }

    @NonNull
    @Description("Evidence for the participant (sources published by asOf, when given). Not paged: curated evidence runs to a handful of citations per record (at most 9 in the dataset).")
    public List<@NonNull CitationNode> citations(@Source ParticipantNode participant) {
        return Ahead.value(participant, "citations");
    }

    @NonNull
    @Description("Statements of single sources where sources differ.")
    public List<@NonNull ClaimNode> claims(@Source ParticipantNode participant) {
        return Ahead.value(participant, "claims");
    }

    @Description("Participant mentions: who is mentioned.")
    public ParticipantNode participant(@Source MentionNode mention) {
        return Ahead.value(mention, "participant");
    }

    private DataFetchingEnvironment env() {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
