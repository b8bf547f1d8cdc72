package org.ceasefiredata.ceasefire.explorer;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.document.DocumentRepository;
import org.ceasefiredata.ceasefire.document.DocumentRow;
import org.ceasefiredata.ceasefire.document.QuoteRow;
import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.web.CeasefireApi;
import org.ceasefiredata.ceasefire.web.NotFoundProblem;
import org.ceasefiredata.ceasefire.web.Problem;
import org.ceasefiredata.ceasefire.web.ProblemMappers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import de.undercouch.citeproc.csl.CSLItemData;

/**
 * How to cite the dataset, a record, a source document or one quote of it, over HTTP. Each record's reference lives
 * under its own path ({@code /api/v1/meetings/{slug}/cite}): one small resource per kind below, sharing this class.
 */
@Path("/api/v1")
@jakarta.enterprise.context.ApplicationScoped
@Tag(name = "Cite, calendar, embed", description = "References in CSL-JSON, BibTeX, RIS, APA and Chicago; an iCalendar feed of meetings and deadlines; oEmbed cards.")
public class CiteResource {

    static final String CSL = CeasefireApi.CSL;
    static final String BIBTEX = CeasefireApi.BIBTEX;
    static final String RIS = CeasefireApi.RIS;
    static final String BIBLIOGRAPHY = CeasefireApi.BIBLIOGRAPHY;

    @Inject
    Citations citations;
    @Inject
    DocumentRepository documents;
    @Inject
    PublicUrl publicUrl;

    @GET
    @Path("/dataset/cite")
    @Operation(summary = "Cite the dataset", description = "A reference to the dataset as a whole, with its version, in the format asked for by format= or, without it, by Accept.")
    @APIResponse(responseCode = "200", ref = "Citation")
    public Response dataset(@Parameter(ref = "format") @RestQuery String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context UriInfo uri) {
        CiteFormat chosen = format(format, accept);
        if (chosen == null) {
            return notAcceptable(uri);
        }
        return respond(citations.dataset(publicUrl.of(uri)), chosen);
    }

    /** A reference to one record (or, for a document with {@code quote}, to one quote of it). */
    Response record(RecordType kind, String slug, String format, String asOf, String quote, String accept, UriInfo uri) {
        LocalDate day = ExplorerPages.day(asOf);
        CiteFormat chosen = format(format, accept);
        if (chosen == null) {
            return notAcceptable(uri);
        }
        String base = publicUrl.of(uri);
        CSLItemData item;
        if (quote != null) {
            if (kind != RecordType.DOCUMENT) {
                throw InvalidInput.of("quote", "applies to documents only: cite a quote of a source document");
            }
            item = quote(slug, quote, day, base);
        } else {
            item = citations.record(kind, slug, day, base).orElseThrow(() -> NotFoundProblem.of(kind.wire(), slug, day));
        }
        return respond(item, chosen);
    }

    private CSLItemData quote(String slug, String quote, LocalDate day, String base) {
        String[] parts = quote.trim().split("-", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,9}") || !parts[1].matches("[0-9]{1,9}")) {
            throw InvalidInput.of("quote", "must be two code-point offsets joined by '-' (start-end), was '" + quote + "'");
        }
        int start = Integer.parseInt(parts[0]);
        int end = Integer.parseInt(parts[1]);
        DocumentRow d = documents.bySlug(slug, day).orElseThrow(() -> NotFoundProblem.of("document", slug, day));
        QuoteRow q = documents.quotes(d.id(), day).stream().filter(r -> r.start() == start && r.end() == end).findFirst()
                .orElseThrow(() -> new NotFoundProblem("No citation of document '" + slug + "' quotes characters " + start
                        + " to " + end + "."));
        return citations.document(d, new Citations.QuoteRef(q.quote(), start, end), base, day);
    }

    private Response respond(CSLItemData item, CiteFormat format) {
        return Response.ok(citations.render(item, format), format.contentType()).header(HttpHeaders.VARY, "Accept")
                .header("Content-Disposition", "inline; filename=\"" + item.getId() + "." + format.fileExtension() + "\"")
                .build();
    }

    /** The format named, or the one Accept prefers (JSON means CSL-JSON); null when Accept allows none. */
    static CiteFormat format(String format, String accept) {
        if (format != null) {
            return CiteFormat.parse("format", format);
        }
        List<MediaType> offered = new java.util.ArrayList<>(CiteFormat.offered());
        offered.add(MediaType.APPLICATION_JSON_TYPE);
        MediaType chosen = Negotiation.choose(accept, offered);
        if (chosen == null) {
            return null;
        }
        return chosen.equals(MediaType.APPLICATION_JSON_TYPE) ? CiteFormat.CSL_JSON : CiteFormat.of(chosen);
    }

    private static Response notAcceptable(UriInfo uri) {
        return Response.status(406).type(ProblemMappers.PROBLEM_JSON).entity(new Problem("about:blank", "Not Acceptable",
                406, "None of the media types in Accept can be produced; ask for " + CSL + ", " + BIBTEX + ", " + RIS + " or "
                        + BIBLIOGRAPHY + ", or name one with format=.",
                uri.getPath(), null)).build();
    }

    static final String RECORD = "A reference to the record as an entry of the dataset: its title, the dataset version, its permalink and the day accessed; as known on asOf, the link and a note say so. In the format asked for by format= or, without it, by Accept.";
    static final String DOCUMENT = "A reference to the source text as the article it is, its publication date as precise as known; with quote=start-end, to that quote of it (the quote and its offsets in the note, the link to its place on the source page). In the format asked for by format= or, without it, by Accept.";

    /** {@code GET /api/v1/meetings/{slug}/cite}. */
    @Path("/api/v1/meetings")
    @Tag(name = "Cite, calendar, embed")
    public static class Meetings {
        @Inject
        CiteResource cite;

        @GET
        @Path("/{slug}/cite")
        @Operation(summary = "Cite a meeting", description = RECORD)
        @APIResponse(responseCode = "200", ref = "Citation")
        public Response cite(
                @Parameter(description = "The meeting's slug.", example = "issg-munich-2016-02") @RestPath String slug,
                @Parameter(ref = "format") @RestQuery String format,
                @Parameter(ref = "asOf") @RestQuery String asOf, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                @Context UriInfo uri) {
            return cite.record(RecordType.MEETING, slug, format, asOf, null, accept, uri);
        }
    }

    /** {@code GET /api/v1/participants/{slug}/cite}. */
    @Path("/api/v1/participants")
    @Tag(name = "Cite, calendar, embed")
    public static class Participants {
        @Inject
        CiteResource cite;

        @GET
        @Path("/{slug}/cite")
        @Operation(summary = "Cite a participant", description = RECORD)
        @APIResponse(responseCode = "200", ref = "Citation")
        public Response cite(
                @Parameter(description = "The participant's slug.", example = "sergey-lavrov") @RestPath String slug,
                @Parameter(ref = "format") @RestQuery String format,
                @Parameter(ref = "asOf") @RestQuery String asOf, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                @Context UriInfo uri) {
            return cite.record(RecordType.PARTICIPANT, slug, format, asOf, null, accept, uri);
        }
    }

    /** {@code GET /api/v1/commitments/{slug}/cite}. */
    @Path("/api/v1/commitments")
    @Tag(name = "Cite, calendar, embed")
    public static class Commitments {
        @Inject
        CiteResource cite;

        @GET
        @Path("/{slug}/cite")
        @Operation(summary = "Cite a commitment", description = RECORD)
        @APIResponse(responseCode = "200", ref = "Citation")
        public Response cite(
                @Parameter(description = "The commitment's slug.", example = "munich-cessation-of-hostilities") @RestPath String slug,
                @Parameter(ref = "format") @RestQuery String format,
                @Parameter(ref = "asOf") @RestQuery String asOf, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                @Context UriInfo uri) {
            return cite.record(RecordType.COMMITMENT, slug, format, asOf, null, accept, uri);
        }
    }

    /** {@code GET /api/v1/deadlines/{slug}/cite}. */
    @Path("/api/v1/deadlines")
    @Tag(name = "Cite, calendar, embed")
    public static class Deadlines {
        @Inject
        CiteResource cite;

        @GET
        @Path("/{slug}/cite")
        @Operation(summary = "Cite a deadline", description = RECORD)
        @APIResponse(responseCode = "200", ref = "Citation")
        public Response cite(
                @Parameter(description = "The deadline's slug.", example = "august-1-transition-deadline") @RestPath String slug,
                @Parameter(ref = "format") @RestQuery String format,
                @Parameter(ref = "asOf") @RestQuery String asOf, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                @Context UriInfo uri) {
            return cite.record(RecordType.DEADLINE, slug, format, asOf, null, accept, uri);
        }
    }

    /** {@code GET /api/v1/documents/{slug}/cite}. */
    @Path("/api/v1/documents")
    @Tag(name = "Cite, calendar, embed")
    public static class Documents {
        @Inject
        CiteResource cite;

        @GET
        @Path("/{slug}/cite")
        @Operation(summary = "Cite a source document", description = DOCUMENT)
        @APIResponse(responseCode = "200", ref = "Citation")
        public Response cite(
                @Parameter(description = "The source document's slug.", example = "issg-overview-2016") @RestPath String slug,
                @Parameter(ref = "format") @RestQuery String format,
                @Parameter(ref = "asOf") @RestQuery String asOf,
                @Parameter(description = "Cite this quote of the document, given by the code-point offsets of one of its citations (start-end, as in the source page's #q-start-end).", example = "1201-1237") @RestQuery String quote,
                @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context UriInfo uri) {
            return cite.record(RecordType.DOCUMENT, slug, format, asOf, quote, accept, uri);
        }
    }
}
