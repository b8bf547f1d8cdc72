package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.commitment.AssessmentRow;
import org.ceasefiredata.ceasefire.commitment.CommitmentKind;
import org.ceasefiredata.ceasefire.commitment.CommitmentRow;
import org.ceasefiredata.ceasefire.commitment.CommitmentStatus;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A commitment in the GraphQL graph; its relations are loaded ahead by {@link Assembler}. */
@Type("Commitment")
@Description("Something pledged, agreed, proposed, demanded or endorsed in the ceasefire process.")
public record CommitmentNode(
        @Ignore long key,
        @Ignore LocalDate asOf,
        @Ignore Long meetingId,
        @Ignore Map<String, Object> related,
        @NonNull @Description("Stable identifier, used in URLs.") String slug,
        @NonNull @Description("What was committed to.") String summary,
        @NonNull @Description("How it was made.") CommitmentKind kind,
        @NonNull @Description("Whether it was honoured, per the last assessment (as of the asOf day, when given).") CommitmentStatus status,
        @Description("When it was made, as precisely as the sources allow.") PartialDate date)
        implements
            TimelineRecord,
            SearchRecord,
            GraphNode,
            Node {

    @NonNull
    @Description("The status, under a name of its own: in a timeline or search union it does not clash with the statuses of other kinds of record.")
    public CommitmentStatus getCommitmentStatus() {
        return status;
    }

    @NonNull
    @Description("The kind, under a name of its own: in a search union it does not clash with the kinds of other records.")
    public CommitmentKind getCommitmentKind() {
        return kind;
    }

    @Override
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Global id of the record: stable and opaque; node(id:) finds it again.")
    public String getId() {
        return Node.id("Commitment", slug);
    }

    static CommitmentNode of(CommitmentRow c, LocalDate asOf) {
        return new CommitmentNode(c.id(), asOf, c.meetingId(), GraphNode.slots(), c.slug(), c.summary(), c.kind(),
                c.status(), c.date());
    }

    /** One assessment of a commitment's status. */
    @Type("CommitmentAssessment")
    @Description("How the sources judged a commitment at one point; its assessments are listed oldest first and the last one is its status.")
    public record Assessment(
            @NonNull @Description("The status as assessed.") CommitmentStatus status,
            @Description("Why, in brief.") String note,
            @NonNull @Description("Evidence for the assessment.") List<@NonNull CitationNode> citations) {

        static Assessment of(AssessmentRow a, LocalDate asOf) {
            return new Assessment(CommitmentStatus.valueOf(a.status()), a.note(), CitationNode.of(a.citations(), asOf));
        }
    }
}
