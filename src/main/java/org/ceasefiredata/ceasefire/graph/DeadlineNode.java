package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.commitment.DeadlineStatus;
import org.ceasefiredata.ceasefire.kernel.DateType;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A deadline in the GraphQL graph; its relations are fields resolved in batches. */
@Type("Deadline")
@Description("A target date or time limit of the ceasefire process, absolute ('Feb. 25') or relative ('within six months' of an anchor).")
public record DeadlineNode(
        @Ignore long id,
        @Ignore LocalDate asOf,
        @Ignore Long commitmentId,
        @Ignore Long meetingId,
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
            SearchRecord {

    /** One assessment of a deadline's status. */
    @Type("DeadlineAssessment")
    @Description("How the sources judged a deadline at one point; its assessments are listed oldest first and the last one is its status.")
    public record Assessment(
            @NonNull @Description("The status as assessed.") DeadlineStatus status,
            @Description("Why, in brief.") String note,
            @NonNull @Description("Evidence for the assessment.") List<@NonNull CitationNode> citations) {
    }
}
