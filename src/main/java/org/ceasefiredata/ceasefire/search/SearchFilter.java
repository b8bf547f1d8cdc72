package org.ceasefiredata.ceasefire.search;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.Separator;

/**
 * What to search for and where: the query parameters of {@code GET /api/v1/search}; GraphQL's {@code search} takes
 * the same values as arguments ({@code query}, {@code types}, {@code from}, {@code to}).
 */
public class SearchFilter {

    public static final String Q = "What to search for, in web-search syntax: words (all must match, English stemming), \"quoted phrase\", or, -excluded. Any name of a participant finds records that use another of its names. Each word also finds the words it begins, for typeahead ('Lavr' finds Lavrov, 'Serg' Sergey Lavrov); records with the whole words rank first.";
    public static final String TYPE = "Only these kinds of record: meeting, participant, commitment, deadline, document.";
    public static final String FROM = "Only records whose date window ends on or after the first day of this date.";
    public static final String TO = "Only records whose date window starts on or before the last day of this date.";

    @RestQuery("q")
    @Parameter(name = "q", required = true, description = Q, example = "\"Nusra Front\" -ISIS", schema = @Schema(type = SchemaType.STRING))
    public String q;

    @RestQuery("type")
    @Separator(",")
    @Parameter(name = "type", description = TYPE, example = "document,meeting", schema = @Schema(type = SchemaType.STRING))
    public List<RecordType> type;

    @RestQuery("from")
    @Parameter(name = "from", description = FROM, example = "2016-02", schema = @Schema(type = SchemaType.STRING))
    public String from;

    @RestQuery("to")
    @Parameter(name = "to", description = TO, example = "2016-09", schema = @Schema(type = SchemaType.STRING))
    public String to;

    public static SearchFilter of(String q, List<RecordType> types, String from, String to) {
        SearchFilter f = new SearchFilter();
        f.q = q;
        f.type = types;
        f.from = from;
        f.to = to;
        return f;
    }

    Checked check() {
        Checks checks = new Checks();
        if (q == null) {
            checks.reject("q", "is required: the words to search for (\"quoted phrase\", or, -word)");
        }
        LocalDate start = checks.date("from", from, false);
        LocalDate end = checks.date("to", to, true);
        checks.window("from", start, "to", end);
        Checked checked = new Checked(checks.text("q", q), checks.list("type", type), start, end);
        checks.done();
        return checked;
    }

    record Checked(String q, List<RecordType> type, LocalDate from, LocalDate to) {
    }
}
