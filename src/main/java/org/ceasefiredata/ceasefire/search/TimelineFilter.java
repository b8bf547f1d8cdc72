package org.ceasefiredata.ceasefire.search;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.Separator;

/**
 * The filters of the timeline, all of which must hold: the query parameters of {@code GET /api/v1/timeline} and the
 * {@code filter} argument of GraphQL's {@code timeline}.
 */
@Input("TimelineFilter")
@Description("Filters of the timeline; all given filters must hold.")
public class TimelineFilter {

    static final String FROM = "Entries whose date window ends on or after the first day of this date (2016, 2016-02, 2016-02-12, 2015-fall).";
    static final String TO = "Entries whose date window starts on or before the last day of this date.";
    static final String PARTICIPANT = "Involving any of these participants (slug or any name): meetings they took part in, deadlines they set, commitments they made or are bound by.";
    static final String TYPE = "Only these kinds of entry: meeting, deadline, commitment.";

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

    @RestQuery("type")
    @Separator(",")
    @Parameter(name = "type", description = TYPE, example = "deadline", schema = @Schema(type = SchemaType.STRING))
    @Description(TYPE)
    public List<RecordType> type;

    @RestQuery("asOf")
    @Parameter(name = "asOf", description = Docs.AS_OF, example = "2016-07-31", schema = @Schema(type = SchemaType.STRING))
    @Description(Docs.AS_OF)
    public String asOf;

    static final List<RecordType> TYPES = List.of(RecordType.MEETING, RecordType.DEADLINE, RecordType.COMMITMENT);

    Checked check() {
        Checks checks = new Checks();
        LocalDate start = checks.date("from", from, false);
        LocalDate end = checks.date("to", to, true);
        checks.window("from", start, "to", end);
        List<RecordType> types = checks.list("type", type);
        if (types != null) {
            types.stream().filter(t -> !TYPES.contains(t)).forEach(t -> checks.reject("type", "'" + t.wire()
                    + "' has no place on the timeline; allowed: meeting, deadline, commitment"));
        }
        Checked checked = new Checked(start, end, checks.list("participant", participant), types,
                checks.date("asOf", asOf, true));
        checks.done();
        return checked;
    }

    record Checked(LocalDate from, LocalDate to, List<String> participant, List<RecordType> type, LocalDate asOf) {
    }

    /** The day asked for, or null. */
    public LocalDate day() {
        return check().asOf();
    }
}
