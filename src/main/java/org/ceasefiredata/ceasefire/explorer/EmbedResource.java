package org.ceasefiredata.ceasefire.explorer;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.document.DocumentRepository;
import org.ceasefiredata.ceasefire.document.DocumentRow;
import org.ceasefiredata.ceasefire.document.QuoteRow;
import org.ceasefiredata.ceasefire.http.SecurityHeaders;
import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.web.CitationView;
import org.ceasefiredata.ceasefire.web.NotFoundProblem;
import org.ceasefiredata.ceasefire.web.Problem;
import org.ceasefiredata.ceasefire.web.ProblemMappers;
import org.ceasefiredata.ceasefire.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Embeds: an oEmbed endpoint ({@code /api/v1/oembed?url=<permalink>}) that answers with an iframe of the record's fact
 * card, and the card itself ({@code /embed/{type}/{slug}}): the fact, the quote in its context, the source, the date
 * with its precision, and a link to the record.
 */
@Path("/embed")
@jakarta.enterprise.context.ApplicationScoped
public class EmbedResource {

    static final Pattern PERMALINK = Pattern.compile("/(meetings|participants|commitments|deadlines|documents)/([a-z0-9-]+)/?");
    /** Characters of the source shown on each side of the quote. */
    static final int CONTEXT = 160;

    @Inject
    Views views;
    @Inject
    DocumentRepository documents;
    @Inject
    PublicUrl publicUrl;

    /** The card's data: what the record is, its main fact, its date, and the quote that supports it in context. */
    public record Card(String kind, String title, String fact, PartialDate date, String status, String before,
            String quote, String after, String source, String sourceHref, String href, LocalDate asOf) {
    }

    @CheckedTemplate(basePath = "explorer")
    static class Templates {
        static native TemplateInstance card(Card card);
    }

    @GET
    @Path("/{type}/{slug}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response embed(@RestPath String type, @RestPath String slug, @RestQuery String asOf) {
        Matcher m = PERMALINK.matcher("/" + type + "/" + slug);
        if (!m.matches()) {
            throw new NotFoundProblem("No card for '" + type + "/" + slug + "'.");
        }
        RecordType kind = RecordType.ofWire(type.substring(0, type.length() - 1));
        Card card = card(kind, slug, ExplorerPages.day(asOf));
        return Response.ok(Templates.card(card), "text/html;charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .header("Content-Security-Policy", SecurityHeaders.EMBEDDABLE_POLICY).build();
    }

    /** The card of a record as known on {@code day}. */
    Card card(RecordType type, String slug, LocalDate day) {
        String href = Links.page(type, slug, day);
        return switch (type) {
            case MEETING -> {
                var v = views.meeting(slug, day).orElseThrow(() -> NotFoundProblem.of("meeting", slug, day));
                yield withQuote(new Card("Meeting", v.title(), v.outcome(), v.date(), v.status().wire(), null, null, null,
                        null, null, href, day), v.citations(), day);
            }
            case PARTICIPANT -> {
                var v = views.participant(slug, day).orElseThrow(() -> NotFoundProblem.of("participant", slug, day));
                yield withQuote(new Card("Participant", v.name(), v.description(), null, null, null, null, null, null,
                        null, href, day), v.citations(), day);
            }
            case COMMITMENT -> {
                var v = views.commitment(slug, day).orElseThrow(() -> NotFoundProblem.of("commitment", slug, day));
                yield withQuote(
                        new Card("Commitment", v.summary(), v.meeting() == null ? null : "Made at " + v.meeting().name(),
                                v.date(), v.status().wire(), null, null, null, null, null, href, day),
                        v.citations(), day);
            }
            case DEADLINE -> {
                var v = views.deadline(slug, day).orElseThrow(() -> NotFoundProblem.of("deadline", slug, day));
                yield withQuote(new Card("Deadline", v.description(),
                        v.expression() == null ? null : "In the sources' words: “" + v.expression() + "”", v.due(),
                        v.status().wire(), null, null, null, null, null, href, day), v.citations(), day);
            }
            case DOCUMENT -> {
                DocumentRow d = documents.bySlug(slug, day).orElseThrow(() -> NotFoundProblem.of("document", slug, day));
                List<QuoteRow> quotes = documents.quotes(d.id(), day);
                String text = documents.texts(List.of(d.id())).get(d.id()).original();
                Card card = new Card("Source", d.title() == null ? d.slug() : d.title(),
                        quotes.size() + " quoted passages support facts of the record.", d.published(), null, null, null,
                        null, (d.outlet() == null ? "" : d.outlet() + ", ") + Dates.human(d.published()), href, href, day);
                yield quotes.isEmpty()
                        ? card
                        : context(card, text, quotes.get(0).start(), quotes.get(0).end(), href + "#q-"
                                + quotes.get(0).start() + "-" + quotes.get(0).end());
            }
        };
    }

    private Card withQuote(Card card, List<CitationView> citations, LocalDate day) {
        if (citations.isEmpty()) {
            return card;
        }
        CitationView c = citations.get(0);
        Optional<DocumentRow> d = documents.bySlug(c.document(), null);
        String text = d.map(r -> documents.texts(List.of(r.id())).get(r.id()).original()).orElse(null);
        Card withSource = new Card(card.kind(), card.title(), card.fact(), card.date(), card.status(), null, null, null,
                (c.outlet() == null ? "" : c.outlet() + ", ") + (c.documentTitle() == null ? c.document() : c.documentTitle())
                        + (c.published() == null ? "" : ", " + Dates.human(c.published())),
                Links.source(c, day), card.href(), card.asOf());
        return text == null ? withSource : context(withSource, text, c.start(), c.end(), withSource.sourceHref());
    }

    /** The quote with up to {@link #CONTEXT} code points of its text on each side (cut at a word). */
    static Card context(Card card, String text, int start, int end, String sourceHref) {
        int length = text.codePointCount(0, text.length());
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(length, end + CONTEXT);
        String before = slice(text, from, start);
        String after = slice(text, end, to);
        if (from > 0) {
            int space = before.indexOf(' ');
            before = "…" + (space >= 0 ? before.substring(space + 1) : before);
        }
        if (to < length) {
            int space = after.lastIndexOf(' ');
            after = (space >= 0 ? after.substring(0, space) : after) + "…";
        }
        return new Card(card.kind(), card.title(), card.fact(), card.date(), card.status(), before.replaceAll("\\s+", " "),
                slice(text, start, end), after.replaceAll("\\s+", " "), card.source(), sourceHref, card.href(), card.asOf());
    }

    private static String slice(String text, int from, int to) {
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }

    private static int size(Checks checks, String name, String value, int preferred, int min) {
        if (value == null) {
            return preferred;
        }
        if (!value.matches("[0-9]{1,5}")) {
            checks.reject(name, "must be a whole number of pixels, was '" + value + "'");
            return preferred;
        }
        int v = Integer.parseInt(value);
        if (v < min) {
            checks.reject(name, "must be at least " + min + " pixels: a card needs room, was " + v);
            return preferred;
        }
        return Math.min(preferred, v);
    }

    private static String asOfOf(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String p : rawQuery.split("&")) {
            if (p.startsWith("asOf=")) {
                return java.net.URLDecoder.decode(p.substring(5), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** {@code GET /api/v1/oembed}: under the API's path, beside the other API resources. */
    @Path("/api/v1")
    @Tag(name = "Cite, calendar, embed")
    public static class OEmbed {
        @Inject
        EmbedResource cards;
        @Inject
        PublicUrl publicUrl;

        @GET
        @Path("/oembed")
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(summary = "oEmbed", description = "oEmbed 1.0 for the permalinks of this service (/meetings/{slug}, /participants/{slug}, /commitments/{slug}, /deadlines/{slug}, /documents/{slug}, with ?asOf= kept): a rich response whose html is an iframe of the record's fact card. Only format=json is served (xml: 501, as oEmbed asks).")
        @APIResponse(responseCode = "200", description = "The embed.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OEmbedView.class)))
        @APIResponse(responseCode = "404", description = "The URL is not a permalink of this service, or no record has its slug.", content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
        @APIResponse(responseCode = "501", description = "A format other than json.", content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
        public Response oembed(
                @Parameter(description = "The permalink of a record of this service.", required = true, example = "https://ceasefiredata.org/meetings/issg-munich-2016-02") @RestQuery String url,
                @Parameter(description = "json (the only format served).", example = "json", schema = @Schema(type = SchemaType.STRING)) @RestQuery String format,
                @Parameter(description = "Largest width the consumer can show, in pixels.", example = "600", schema = @Schema(type = SchemaType.INTEGER, minimum = "200")) @RestQuery String maxwidth,
                @Parameter(description = "Largest height the consumer can show, in pixels.", example = "400", schema = @Schema(type = SchemaType.INTEGER, minimum = "150")) @RestQuery String maxheight,
                @Context UriInfo uri) {
            if (format != null && !format.equals("json")) {
                return Response.status(501).type(ProblemMappers.PROBLEM_JSON).entity(new Problem("about:blank",
                        "Not Implemented", 501, "Only format=json is served.", uri.getPath(), null)).build();
            }
            Checks checks = new Checks();
            if (url == null || url.isBlank()) {
                checks.reject("url", "is required: the permalink of a record, e.g. /meetings/issg-munich-2016-02");
            }
            int width = size(checks, "maxwidth", maxwidth, 500, 200);
            int height = size(checks, "maxheight", maxheight, 360, 150);
            checks.done();
            URI target;
            try {
                target = URI.create(url.trim());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("url", "is not a URL: " + e.getMessage());
            }
            Matcher m = PERMALINK.matcher(target.getPath() == null ? "" : target.getPath());
            if (!m.matches()) {
                throw new NotFoundProblem("Not a permalink of this service: '" + url
                        + "'; embed /meetings/{slug}, /participants/{slug}, /commitments/{slug}, /deadlines/{slug} or /documents/{slug}.");
            }
            RecordType type = RecordType.ofWire(m.group(1).substring(0, m.group(1).length() - 1));
            String slug = m.group(2);
            LocalDate day = ExplorerPages.day(asOfOf(target.getRawQuery()));
            Card card = cards.card(type, slug, day);
            String base = publicUrl.of(uri);
            String src = base + "/embed/" + type.wire() + "s/" + slug + Links.asOf(day, '?');
            String html = "<iframe src=\"" + Highlighter.escape(src) + "\" width=\"" + width + "\" height=\"" + height
                    + "\" title=\"" + Highlighter.escape(card.title()) + "\" style=\"border:0\" loading=\"lazy\"></iframe>";
            return Response.ok(new OEmbedView("1.0", "rich", card.title(), "Syria ceasefire record", base + "/", 3600, html,
                    width, height), MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}
