package org.ceasefiredata.ceasefire.graph;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.commitment.CommitmentRepository;
import org.ceasefiredata.ceasefire.commitment.DeadlineRepository;
import org.ceasefiredata.ceasefire.document.DocumentRepository;
import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.ceasefiredata.ceasefire.meeting.MeetingRepository;
import org.ceasefiredata.ceasefire.participant.ParticipantRepository;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** Relay object identification: any record by its global id. */
@GraphQLApi
public class NodeGraphQL {

    @Inject
    MeetingRepository meetings;
    @Inject
    ParticipantRepository participants;
    @Inject
    CommitmentRepository commitments;
    @Inject
    DeadlineRepository deadlines;
    @Inject
    DocumentRepository documents;
    @Inject
    Assembler assembler;
    @Inject
    Context context;

    @Query("node")
    @Description("The record with this global id (the id field of any record); null when there is none, or none known on asOf.")
    public Node node(@NonNull @Id @Description("A global id, as the id field of a record gives it.") String id,
            @Description("Answer as known on this day (any date precision); nested fields follow.") String asOf) {
        return UserInputError.guard(() -> {
            LocalDate day = Ahead.asOf(asOf);
            return assembler.resolve(find(id, "id", day).orElse(null), env(), day);
        });
    }

    @Query("nodes")
    @NonNull
    @Description("The records with these global ids, in the same order (null where there is none); at most 100.")
    public List<Node> nodes(@NonNull @Description("Global ids, as the id fields of records give them.") List<String> ids,
            @Description("Answer as known on this day (any date precision); nested fields follow.") String asOf) {
        return nodes(ids, asOf, env());
    }

    /**
     * The records with these ids. The engine calls this directly (graph/EngineSetup), because SmallRye cannot take a
     * list of IDs as an argument: the field declares {@code ids: [ID!]!} and reads the values as the strings they are.
     */
    List<Node> nodes(List<String> ids, String asOf, DataFetchingEnvironment env) {
        return UserInputError.guard(() -> {
            if (ids.size() > 100) {
                throw InvalidInput.of("ids", "names " + ids.size() + " records; at most 100 at a time");
            }
            LocalDate day = Ahead.asOf(asOf);
            List<Node> found = new ArrayList<>();
            for (String id : ids) {
                found.add(find(id, "ids", day).orElse(null));
            }
            return assembler.resolve(found, env, day);
        });
    }

    private Optional<Node> find(String id, String argument, LocalDate day) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(argument, "'" + id + "' is not a global id of this API");
        }
        int colon = decoded.indexOf(':');
        String type = colon < 0 ? "" : decoded.substring(0, colon);
        String slug = decoded.substring(colon + 1);
        return switch (type) {
            case "Meeting" -> meetings.bySlug(slug, day).map(m -> MeetingNode.of(m, day));
            case "Participant" -> participants.bySlug(slug, day).map(p -> ParticipantNode.of(p, day));
            case "Commitment" -> commitments.bySlug(slug, day).map(c -> CommitmentNode.of(c, day));
            case "Deadline" -> deadlines.bySlug(slug, day).map(d -> DeadlineNode.of(d, day));
            case "SourceDocument" -> documents.bySlug(slug, day).map(d -> DocumentNode.of(d, day));
            default -> throw InvalidInput.of(argument, "'" + id + "' is not a global id of this API");
        };
    }

    private DataFetchingEnvironment env() {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
