package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.commitment.AssessmentRow;
import org.ceasefiredata.ceasefire.commitment.CommitmentDocs;
import org.ceasefiredata.ceasefire.commitment.DeadlineRow;
import org.ceasefiredata.ceasefire.commitment.DeadlineStatus;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.DateType;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A deadline in the GraphQL graph; its relations are loaded ahead by {@link Assembler}. */
@Type("Deadline")
@Description(CommitmentDocs.DEADLINE)
public record DeadlineNode(
        @Ignore long key,
        @Ignore LocalDate asOf,
        @Ignore Long commitmentId,
        @Ignore Long meetingId,
        @Ignore Map<String, Object> related,
        @NonNull @Description(Docs.SLUG_FIELD) String slug,
        @NonNull @Description(CommitmentDocs.DEADLINE_DESCRIPTION) String description,
        @NonNull @Description(CommitmentDocs.EXPRESSION) String expression,
        @NonNull @Description(CommitmentDocs.DEADLINE_TYPE) DateType type,
        @Description(CommitmentDocs.DUE) PartialDate due,
        @Description(CommitmentDocs.ANCHOR) PartialDate anchor,
        @Description(CommitmentDocs.ANCHOR_EVENT) String anchorEvent,
        @Description(CommitmentDocs.OFFSET) String offset,
        @NonNull @Description(CommitmentDocs.DEADLINE_STATUS) DeadlineStatus status,
        @NonNull @Description(Docs.BASIS_OF_DEADLINE) Basis basis)
        implements
            TimelineRecord,
            SearchRecord,
            GraphNode,
            Node {

    @NonNull
    @Description("The status, under a name of its own: in a timeline or search union it does not clash with the statuses of other kinds of record.")
    public DeadlineStatus getDeadlineStatus() {
        return status;
    }

    @Override
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Global id of the record: stable and opaque; node(id:) finds it again.")
    public String getId() {
        return Node.id("Deadline", slug);
    }

    static DeadlineNode of(DeadlineRow d, LocalDate asOf) {
        return new DeadlineNode(d.id(), asOf, d.commitmentId(), d.meetingId(), GraphNode.slots(), d.slug(), d.description(),
                d.expression(), d.type(), d.due(), d.anchor(), d.anchorEvent(), d.offsetPeriod(), d.status(), d.basis());
    }

    /** One assessment of a deadline's status. */
    @Type("DeadlineAssessment")
    @Description("How the sources judged a deadline at one point; its assessments are listed oldest first and the last one is its status.")
    public record Assessment(
            @NonNull @Description(CommitmentDocs.ASSESSMENT_STATUS) DeadlineStatus status,
            @Description(CommitmentDocs.ASSESSMENT_NOTE) String note,
            @Description(CommitmentDocs.ASSESSMENT_AS_OF) PartialDate asOf,
            @NonNull @Description(Docs.BASIS_OF_ASSESSMENT) Basis basis,
            @NonNull @Description(CommitmentDocs.ASSESSMENT_CITATIONS) List<@NonNull CitationNode> citations) {

        static Assessment of(AssessmentRow a, LocalDate asOf) {
            return new Assessment(DeadlineStatus.valueOf(a.status()), a.note(), a.asOf(), a.basis(),
                    CitationNode.of(a.citations(), asOf));
        }
    }
}
