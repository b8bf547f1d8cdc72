package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.commitment.AssessmentRow;
import org.ceasefiredata.ceasefire.commitment.DeadlineRow;
import org.ceasefiredata.ceasefire.commitment.DeadlineStatus;
import org.ceasefiredata.ceasefire.kernel.DateType;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A deadline in the GraphQL graph; its relations are loaded ahead by {@link Assembler}. */
@Type("Deadline")
@Description("A target date or time limit of the ceasefire process, absolute ('Feb. 25') or relative ('within six months' of an anchor).")
public record DeadlineNode(
        @Ignore long key,
        @Ignore LocalDate asOf,
        @Ignore Long commitmentId,
        @Ignore Long meetingId,
        @Ignore Map<String, Object> related,
        @NonNull @Description("Stable identifier, used in URLs.") String slug,
        @NonNull @Description("What is due.") String description,
        @NonNull @Description("The source's words for the time limit, e.g. 'within six months'.") String expression,
        @NonNull @Description("ABSOLUTE when the sources name the date; RELATIVE when it is an offset from an anchor.") DateType type,
        @Description("The window of days the deadline falls in (for a relative one: the anchor's window moved by the offset).") PartialDate due,
        @Description("Relative deadlines: the date window it counts from.") PartialDate anchor,
        @Description("Relative deadlines: what the anchor is.") String anchorEvent,
        @Description("Relative deadlines: the ISO 8601 period added to the anchor, e.g. P6M.") String offset,
        @NonNull @Description("Whether it was met, per the last assessment (as of the asOf day, when given).") DeadlineStatus status)
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
                d.expression(), d.type(), d.due(), d.anchor(), d.anchorEvent(), d.offsetPeriod(), d.status());
    }

    /** One assessment of a deadline's status. */
    @Type("DeadlineAssessment")
    @Description("How the sources judged a deadline at one point; its assessments are listed oldest first and the last one is its status.")
    public record Assessment(
            @NonNull @Description("The status as assessed.") DeadlineStatus status,
            @Description("Why, in brief.") String note,
            @NonNull @Description("Evidence for the assessment.") List<@NonNull CitationNode> citations) {

        static Assessment of(AssessmentRow a, LocalDate asOf) {
            return new Assessment(DeadlineStatus.valueOf(a.status()), a.note(), CitationNode.of(a.citations(), asOf));
        }
    }
}
