package org.ceasefiredata.ceasefire.meeting;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.Separator;

/**
 * The filters of the meeting list, all of which must hold: the query parameters of {@code GET /api/v1/meetings} (and
 * of {@code /participants/{slug}/meetings}) and the {@code filter} argument of GraphQL's {@code meetings}.
 */
@Input("MeetingFilter")
@Description("Filters of the meeting list; all given filters must hold.")
public class MeetingFilter {

    static final String FROM = "Meetings whose date window ends on or after the first day of this date (2016, 2016-02, 2016-02-12, 2015-fall).";
    static final String TO = "Meetings whose date window starts on or before the last day of this date.";
    static final String PARTICIPANT = "With any of these participants in any role (slug or any name); as of a day, participations reported by then.";
    static final String PLACE = "In any of these cities or countries, ignoring case.";
    static final String KIND = "Of any of these formats: negotiation-round, summit, ministerial, bilateral, working-group, conference, series, other.";
    static final String STATUS = "With any of these statuses: held, failed, planned, proposed, suspended, cancelled.";
    static final String TEXT = "Title, outcome or place contains this, ignoring case.";

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
    @Parameter(name = "participant", description = PARTICIPANT, example = "sergey-lavrov,United States", schema = @Schema(type = SchemaType.STRING))
    @Description(PARTICIPANT)
    public List<String> participant;

    @RestQuery("place")
    @Separator(",")
    @Parameter(name = "place", description = PLACE, example = "Geneva", schema = @Schema(type = SchemaType.STRING))
    @Description(PLACE)
    public List<String> place;

    @RestQuery("kind")
    @Separator(",")
    @Parameter(name = "kind", description = KIND, example = "ministerial,bilateral", schema = @Schema(type = SchemaType.STRING))
    @Description(KIND)
    public List<MeetingKind> kind;

    @RestQuery("status")
    @Separator(",")
    @Parameter(name = "status", description = STATUS, example = "held", schema = @Schema(type = SchemaType.STRING))
    @Description(STATUS)
    public List<MeetingStatus> status;

    @RestQuery("q")
    @Parameter(name = "q", description = TEXT, example = "Munich", schema = @Schema(type = SchemaType.STRING))
    @Description(TEXT)
    public String text;

    @RestQuery("slug")
    @Separator(",")
    @Parameter(name = "slug", description = Docs.SLUG, example = "issg-munich-2016-02,vienna-talks-2015", schema = @Schema(type = SchemaType.STRING))
    @Description(Docs.SLUG)
    public List<String> slug;

    @RestQuery("asOf")
    @Parameter(name = "asOf", description = Docs.AS_OF, example = "2016-07-31", schema = @Schema(type = SchemaType.STRING))
    @Description(Docs.AS_OF)
    public String asOf;

    /** The filters checked, every invalid value reported at once. */
    Checked check() {
        Checks checks = new Checks();
        LocalDate start = checks.date("from", from, false);
        LocalDate end = checks.date("to", to, true);
        checks.window("from", start, "to", end);
        Checked checked = new Checked(start, end, checks.list("participant", participant), checks.list("place", place),
                checks.list("kind", kind), checks.list("status", status), checks.text("text", text),
                checks.list("slug", slug), checks.date("asOf", asOf, true));
        checks.done();
        return checked;
    }

    record Checked(LocalDate from, LocalDate to, List<String> participant, List<String> place, List<MeetingKind> kind,
            List<MeetingStatus> status, String text, List<String> slug, LocalDate asOf) {
    }

    /** The day asked for, or null. */
    public LocalDate day() {
        return check().asOf();
    }

    /** A filter of the meetings of one participant, as known on a day (null: today). */
    public static MeetingFilter ofParticipant(String participant, String asOf) {
        MeetingFilter f = new MeetingFilter();
        f.participant = List.of(participant);
        f.asOf = asOf;
        return f;
    }
}
