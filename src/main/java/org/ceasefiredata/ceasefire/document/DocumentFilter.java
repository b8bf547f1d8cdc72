package org.ceasefiredata.ceasefire.document;

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
 * The filters of the document list, all of which must hold: the query parameters of {@code GET /api/v1/documents} and
 * the {@code filter} argument of GraphQL's {@code documents}.
 */
@Input("DocumentFilter")
@Description("Filters of the document list; all given filters must hold.")
public class DocumentFilter {

    static final String FROM = "Published on or after the first day of this date (2016, 2016-02, 2016-02-12, 2015-fall).";
    static final String TO = "Published on or before the last day of this date.";
    static final String PARTICIPANT = "Mentions any of these participants (slug or any name).";
    static final String TEXT = "Title or cleaned text contains this, ignoring case.";
    static final String AS_OF = "Only documents published by this day (any date precision: its last day counts).";

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

    @RestQuery("q")
    @Parameter(name = "q", description = TEXT, example = "Kerry", schema = @Schema(type = SchemaType.STRING))
    @Description(TEXT)
    public String text;

    @RestQuery("slug")
    @Separator(",")
    @Parameter(name = "slug", description = Docs.SLUG, example = "ap-geneva-kerry-lavrov-2016-08-26", schema = @Schema(type = SchemaType.STRING))
    @Description(Docs.SLUG)
    public List<String> slug;

    @RestQuery("asOf")
    @Parameter(name = "asOf", description = AS_OF, example = "2016-07-31", schema = @Schema(type = SchemaType.STRING))
    @Description(AS_OF)
    public String asOf;

    Checked check() {
        Checks checks = new Checks();
        LocalDate start = checks.date("from", from, false);
        LocalDate end = checks.date("to", to, true);
        checks.window("from", start, "to", end);
        Checked checked = new Checked(start, end, checks.list("participant", participant), checks.text("text", text),
                checks.list("slug", slug), checks.date("asOf", asOf, true));
        checks.done();
        return checked;
    }

    record Checked(LocalDate from, LocalDate to, List<String> participant, String text, List<String> slug,
            LocalDate asOf) {
    }

    /** The day asked for, or null. */
    public LocalDate day() {
        return check().asOf();
    }
}
