package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.commitment.AssessmentRow;
import org.ceasefiredata.ceasefire.commitment.CommitmentDocs;
import org.ceasefiredata.ceasefire.commitment.CommitmentKind;
import org.ceasefiredata.ceasefire.commitment.CommitmentRow;
import org.ceasefiredata.ceasefire.commitment.CommitmentStatus;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A commitment in the GraphQL graph; its relations are loaded ahead by {@link Assembler}. */
@Type("Commitment")
@Description(CommitmentDocs.COMMITMENT)
public record CommitmentNode(
        @Ignore long key,
        @Ignore LocalDate asOf,
        @Ignore Long meetingId,
        @Ignore Map<String, Object> related,
        @NonNull @Description(Docs.SLUG_FIELD) String slug,
        @NonNull @Description(CommitmentDocs.SUMMARY) String summary,
        @NonNull @Description(CommitmentDocs.KIND) CommitmentKind kind,
        @NonNull @Description(CommitmentDocs.STATUS) CommitmentStatus status,
        @Description(CommitmentDocs.DATE) PartialDate date,
        @NonNull @Description(Docs.BASIS_OF_COMMITMENT) Basis basis)
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
                c.status(), c.date(), c.basis());
    }

    /** One assessment of a commitment's status. */
    @Type("CommitmentAssessment")
    @Description("How the sources judged a commitment at one point; its assessments are listed oldest first and the last one is its status.")
    public record Assessment(
            @NonNull @Description(CommitmentDocs.ASSESSMENT_STATUS) CommitmentStatus status,
            @Description(CommitmentDocs.ASSESSMENT_NOTE) String note,
            @Description(CommitmentDocs.ASSESSMENT_AS_OF) PartialDate asOf,
            @NonNull @Description(Docs.BASIS_OF_ASSESSMENT) Basis basis,
            @NonNull @Description(CommitmentDocs.ASSESSMENT_CITATIONS) List<@NonNull CitationNode> citations) {

        static Assessment of(AssessmentRow a, LocalDate asOf) {
            return new Assessment(CommitmentStatus.valueOf(a.status()), a.note(), a.asOf(), a.basis(),
                    CitationNode.of(a.citations(), asOf));
        }
    }
}
