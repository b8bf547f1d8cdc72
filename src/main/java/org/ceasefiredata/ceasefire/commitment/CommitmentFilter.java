package org.ceasefiredata.ceasefire.commitment;

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
 * The filters of the commitment list, all of which must hold: the query parameters of {@code GET /api/v1/commitments}
 * (and of the commitments of a meeting or participant) and the {@code filter} argument of GraphQL's
 * {@code commitments}.
 */
@Input("CommitmentFilter")
@Description("Filters of the commitment list; all given filters must hold.")
public class CommitmentFilter {

    static final String FROM = "Made on or after the first day of this date (2016, 2016-02, 2016-02-12, 2015-fall): its date window ends then or later.";
    static final String TO = "Made on or before the last day of this date: its date window starts then or earlier.";
    static final String PARTICIPANT = "Made by or binding any of these participants (slug or any name).";
    static final String MADE_BY = "Made by any of these participants (slug or any name).";
    static final String BINDS = "Binding any of these participants (slug or any name).";
    static final String KIND = "Of any of these kinds: pledge, agreement, proposal, demand, endorsement, decision.";
    static final String STATUS = "With any of these statuses (as assessed on asOf, when given): pending, kept, partly-kept, broken, superseded, unknown.";
    static final String MEETING = "Made at any of these meetings (slugs).";
    static final String TEXT = "Summary contains this, ignoring case.";

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
    @Parameter(name = "participant", description = PARTICIPANT, example = "russia", schema = @Schema(type = SchemaType.STRING))
    @Description(PARTICIPANT)
    public List<String> participant;

    @RestQuery("madeBy")
    @Separator(",")
    @Parameter(name = "madeBy", description = MADE_BY, example = "russia", schema = @Schema(type = SchemaType.STRING))
    @Description(MADE_BY)
    public List<String> madeBy;

    @RestQuery("binds")
    @Separator(",")
    @Parameter(name = "binds", description = BINDS, example = "syrian-government", schema = @Schema(type = SchemaType.STRING))
    @Description(BINDS)
    public List<String> binds;

    @RestQuery("kind")
    @Separator(",")
    @Parameter(name = "kind", description = KIND, example = "agreement", schema = @Schema(type = SchemaType.STRING))
    @Description(KIND)
    public List<CommitmentKind> kind;

    @RestQuery("status")
    @Separator(",")
    @Parameter(name = "status", description = STATUS, example = "broken,partly-kept", schema = @Schema(type = SchemaType.STRING))
    @Description(STATUS)
    public List<CommitmentStatus> status;

    @RestQuery("meeting")
    @Separator(",")
    @Parameter(name = "meeting", description = MEETING, example = "issg-munich-2016-02", schema = @Schema(type = SchemaType.STRING))
    @Description(MEETING)
    public List<String> meeting;

    @RestQuery("q")
    @Parameter(name = "q", description = TEXT, example = "ceasefire", schema = @Schema(type = SchemaType.STRING))
    @Description(TEXT)
    public String text;

    @RestQuery("slug")
    @Separator(",")
    @Parameter(name = "slug", description = Docs.SLUG, example = "munich-cessation-of-hostilities", schema = @Schema(type = SchemaType.STRING))
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
        Checked checked = new Checked(start, end, checks.list("participant", participant), checks.list("madeBy", madeBy),
                checks.list("binds", binds), checks.list("kind", kind), checks.list("status", status),
                checks.list("meeting", meeting), checks.text("text", text), checks.list("slug", slug),
                checks.date("asOf", asOf, true));
        checks.done();
        return checked;
    }

    record Checked(LocalDate from, LocalDate to, List<String> participant, List<String> madeBy, List<String> binds,
            List<CommitmentKind> kind, List<CommitmentStatus> status, List<String> meeting, String text, List<String> slug,
            LocalDate asOf) {
    }

    /** The day asked for, or null. */
    public LocalDate day() {
        return check().asOf();
    }
}
