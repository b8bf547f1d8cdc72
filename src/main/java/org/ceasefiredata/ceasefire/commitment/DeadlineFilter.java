package org.ceasefiredata.ceasefire.commitment;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.kernel.DateType;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.Separator;

/**
 * The filters of the deadline list, all of which must hold: the query parameters of {@code GET /api/v1/deadlines}
 * (and of the deadlines of a commitment, meeting or participant) and the {@code filter} argument of GraphQL's
 * {@code deadlines}.
 */
@Input("DeadlineFilter")
@Description("Filters of the deadline list; all given filters must hold.")
public class DeadlineFilter {

    static final String FROM = "Falling due on or after the first day of this date (its due window ends then or later; any precision: 2016, 2016-02, 2016-02-12, 2015-fall).";
    static final String TO = "Falling due on or before the last day of this date (its due window starts then or earlier).";
    static final String PARTICIPANT = "Set by any of these participants (slug or any name).";
    static final String STATUS = "With any of these statuses (as assessed on asOf, when given): met, missed, pending, superseded, unknown.";
    static final String TYPE = "Absolute deadlines (a named date) or relative ones (counted from another date): absolute, relative.";
    static final String COMMITMENT = "Attached to any of these commitments (slugs).";
    static final String MEETING = "Set at any of these meetings (slugs).";
    static final String TEXT = "Description or expression contains this, ignoring case.";

    @RestQuery("from")
    @Parameter(name = "from", description = FROM, example = "2016-02", schema = @Schema(type = SchemaType.STRING))
    @Description(FROM)
    public String from;

    @RestQuery("to")
    @Parameter(name = "to", description = TO, example = "2016-03", schema = @Schema(type = SchemaType.STRING))
    @Description(TO)
    public String to;

    @RestQuery("participant")
    @Separator(",")
    @Parameter(name = "participant", description = PARTICIPANT, example = "united-nations", schema = @Schema(type = SchemaType.STRING))
    @Description(PARTICIPANT)
    public List<String> participant;

    @RestQuery("status")
    @Separator(",")
    @Parameter(name = "status", description = STATUS, example = "missed", schema = @Schema(type = SchemaType.STRING))
    @Description(STATUS)
    public List<DeadlineStatus> status;

    @RestQuery("type")
    @Separator(",")
    @Parameter(name = "type", description = TYPE, example = "relative", schema = @Schema(type = SchemaType.STRING))
    @Description(TYPE)
    public List<DateType> type;

    @RestQuery("commitment")
    @Separator(",")
    @Parameter(name = "commitment", description = COMMITMENT, example = "munich-cessation-of-hostilities", schema = @Schema(type = SchemaType.STRING))
    @Description(COMMITMENT)
    public List<String> commitment;

    @RestQuery("meeting")
    @Separator(",")
    @Parameter(name = "meeting", description = MEETING, example = "issg-munich-2016-02", schema = @Schema(type = SchemaType.STRING))
    @Description(MEETING)
    public List<String> meeting;

    @RestQuery("q")
    @Parameter(name = "q", description = TEXT, example = "transition", schema = @Schema(type = SchemaType.STRING))
    @Description(TEXT)
    public String text;

    @RestQuery("slug")
    @Separator(",")
    @Parameter(name = "slug", description = Docs.SLUG, example = "august-1-transition-deadline", schema = @Schema(type = SchemaType.STRING))
    @Description(Docs.SLUG)
    public List<String> slug;

    @RestQuery("asOf")
    @Parameter(name = "asOf", description = Docs.AS_OF, example = "2016-07-31", schema = @Schema(type = SchemaType.STRING))
    @Description(Docs.AS_OF)
    public String asOf;

    Checked check() {
        Checks checks = new Checks();
        LocalDate start = checks.date("from", from, false);
        LocalDate end = checks.date("to", to, true);
        checks.window("from", start, "to", end);
        Checked checked = new Checked(start, end, checks.list("participant", participant), checks.list("status", status),
                checks.list("type", type), checks.list("commitment", commitment), checks.list("meeting", meeting),
                checks.text("text", text), checks.list("slug", slug), checks.date("asOf", asOf, true));
        checks.done();
        return checked;
    }

    record Checked(LocalDate from, LocalDate to, List<String> participant, List<DeadlineStatus> status,
            List<DateType> type, List<String> commitment, List<String> meeting, String text, List<String> slug,
            LocalDate asOf) {
    }

    /** The day asked for, or null. */
    public LocalDate day() {
        return check().asOf();
    }
}
