package org.ceasefiredata.ceasefire.explorer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.commitment.CommitmentRepository;
import org.ceasefiredata.ceasefire.commitment.DeadlineRepository;
import org.ceasefiredata.ceasefire.document.DocumentFilter;
import org.ceasefiredata.ceasefire.document.DocumentRepository;
import org.ceasefiredata.ceasefire.document.DocumentRow;
import org.ceasefiredata.ceasefire.document.QuoteRow;
import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.meeting.MeetingRepository;
import org.ceasefiredata.ceasefire.meeting.MeetingRow;
import org.ceasefiredata.ceasefire.meeting.ParticipantRole;
import org.ceasefiredata.ceasefire.meeting.ParticipationRow;
import org.ceasefiredata.ceasefire.paging.Page;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.participant.ParticipantRepository;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;
import org.ceasefiredata.ceasefire.search.SearchFilter;
import org.ceasefiredata.ceasefire.search.SearchHit;
import org.ceasefiredata.ceasefire.search.SearchRepository;
import org.ceasefiredata.ceasefire.search.TimelineEntry;
import org.ceasefiredata.ceasefire.search.TimelineFilter;
import org.ceasefiredata.ceasefire.search.TimelineRepository;
import org.ceasefiredata.ceasefire.web.CommitmentView;
import org.ceasefiredata.ceasefire.web.DeadlineView;
import org.ceasefiredata.ceasefire.web.DocumentView;
import org.ceasefiredata.ceasefire.web.MeetingView;
import org.ceasefiredata.ceasefire.web.NotFoundProblem;
import org.ceasefiredata.ceasefire.web.Problem;
import org.ceasefiredata.ceasefire.web.ProblemMappers;
import org.ceasefiredata.ceasefire.web.Views;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.Separator;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import de.undercouch.citeproc.csl.CSLItemData;

/**
 * The web explorer for journalists, served by the service itself: the timeline at {@code /}, a page per record at its
 * permalink ({@code /meetings/{slug}}, {@code /participants/{slug}}, {@code /commitments/{slug}},
 * {@code /deadlines/{slug}}), a page per source text ({@code /documents/{slug}}) with every cited quote highlighted,
 * and search. Every page takes {@code asOf} ("as known on"). A permalink negotiates: HTML for a browser, the REST JSON
 * for {@code Accept: application/json}, a reference for a citation media type (BibTeX, RIS, CSL-JSON,
 * {@code text/x-bibliography}).
 * <p>
 * The pages read through the repositories and {@link Views}, like the APIs: no query of their own.
 */
@Path("/")
public class ExplorerPages {

    static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");
    /** What a permalink offers, best first: a browser (or anything accepting anything) gets the page. */
    static final List<MediaType> RECORD_TYPES;

    static {
        List<MediaType> types = new ArrayList<>(List.of(MediaType.TEXT_HTML_TYPE, MediaType.APPLICATION_JSON_TYPE));
        types.addAll(CiteFormat.offered());
        RECORD_TYPES = List.copyOf(types);
    }

    @Inject
    Views views;
    @Inject
    TimelineRepository timeline;
    @Inject
    DocumentRepository documents;
    @Inject
    MeetingRepository meetings;
    @Inject
    ParticipantRepository participants;
    @Inject
    CommitmentRepository commitments;
    @Inject
    DeadlineRepository deadlines;
    @Inject
    SearchRepository search;
    @Inject
    Citations citations;
    @Inject
    PublicUrl publicUrl;
    /** The window the timeline opens on: the period the record is about (the whole record is one click away). */
    @ConfigProperty(name = "ceasefire.explorer.timeline-from", defaultValue = "2015-09")
    String defaultFrom;
    @ConfigProperty(name = "ceasefire.explorer.timeline-to", defaultValue = "2016-12")
    String defaultTo;

    @CheckedTemplate(basePath = "explorer")
    static class Templates {
        static native TemplateInstance home(Pages.Home page);

        static native TemplateInstance meeting(Pages.Meeting page);

        static native TemplateInstance participant(Pages.Participant page);

        static native TemplateInstance commitment(Pages.Commitment page);

        static native TemplateInstance deadline(Pages.Deadline page);

        static native TemplateInstance source(Pages.Source page);

        static native TemplateInstance search(Pages.Search page);

        static native TemplateInstance error(Pages.Error page);
    }

    @GET
    @Operation(hidden = true)
    public Response home(@RestQuery String asOf, @RestQuery String from, @RestQuery String to,
            @RestQuery String participant, @RestQuery @Separator(",") List<String> type, @RestQuery String window,
            @Context UriInfo uri) {
        LocalDate day = day(asOf);
        // Without from/to the timeline opens on the period the record is about; window=all shows every entry.
        boolean whole = "all".equals(window);
        boolean focused = !whole && blankToNull(from) == null && blankToNull(to) == null;
        if (focused) {
            from = defaultFrom;
            to = defaultTo;
        }
        List<String> types = type == null ? List.of() : type.stream().filter(t -> !t.isBlank()).toList();
        TimelineFilter filter = new TimelineFilter();
        filter.asOf = day == null ? null : day.toString();
        filter.from = blankToNull(from);
        filter.to = blankToNull(to);
        filter.participant = blankToNull(participant) == null ? null : List.of(participant.trim());
        filter.type = types.isEmpty() ? null : types.stream().map(t -> {
            try {
                return RecordType.ofWire(t);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("type", "unknown kind '" + t + "'; expected meeting, deadline or commitment");
            }
        }).toList();
        List<TimelineEntry> entries = new ArrayList<>();
        long total = 0;
        String cursor = null;
        // At most 20 pages of 100: the whole record today, bounded should it grow.
        for (int i = 0; i < 20; i++) {
            Page<TimelineEntry> page = timeline.timeline(filter,
                    new PageRequest(PageRequest.MAX_LIMIT, cursor, List.of(), i == 0, "limit", "cursor"));
            if (i == 0) {
                total = page.total() == null ? 0 : page.total();
            }
            entries.addAll(page.rows());
            cursor = page.next();
            if (cursor == null) {
                break;
            }
        }
        Checks bounds = new Checks();
        LocalDate windowFrom = bounds.date("from", filter.from, false);
        LocalDate windowTo = bounds.date("to", filter.to, true);
        bounds.done();
        Timeline.Drawing drawing = Timeline.draw(entries, e -> Links.page(e.type(), e.slug(), day), windowFrom,
                windowTo);
        DocumentFilter docs = new DocumentFilter();
        docs.asOf = filter.asOf;
        List<DocumentRow> sources = documents.page(docs, new PageRequest(PageRequest.MAX_LIMIT, null,
                DocumentRepository.DEFAULT_SORT, false, "limit", "cursor")).rows();
        List<Pages.Param> keep = new ArrayList<>();
        if (!focused) {
            keepIf(keep, "from", from);
            keepIf(keep, "to", to);
        }
        if (whole) {
            keep.add(new Pages.Param("window", "all"));
        }
        keepIf(keep, "participant", participant);
        if (!types.isEmpty()) {
            keep.add(new Pages.Param("type", String.join(",", types)));
        }
        String base = publicUrl.of(uri);
        Pages.Frame frame = new Pages.Frame("Timeline",
                "Meetings, deadlines and commitments of the 2015–2016 Syria ceasefire process, each fact citing its source.",
                "/", day, keep, "/api/v1/timeline" + Links.asOf(day, '?'), null, base + "/" + Links.asOf(day, '?'));
        return html(Templates.home(new Pages.Home(frame, drawing, drawing.bars(), sources, focused ? "" : blank(from),
                focused ? "" : blank(to), blank(participant), types, total, focused, whole,
                cite(citations.dataset(base), "/api/v1/dataset/cite"))));
    }

    @GET
    @Path("meetings/{slug}")
    @Operation(hidden = true)
    public Response meeting(@RestPath String slug, @RestQuery String asOf, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Context UriInfo uri) {
        LocalDate day = day(asOf);
        MediaType type = negotiate(accept);
        Supplier<MeetingView> find = () -> views.meeting(slug, day).orElseThrow(() -> NotFoundProblem.of("meeting", slug, day));
        if (!isPage(type)) {
            return alternate(type, RecordType.MEETING, slug, day, accept, uri, find);
        }
        var meeting = find.get();
        Pages.Frame frame = frame(meeting.title(), "Meeting: " + meeting.title() + ", " + Dates.human(meeting.date()) + ".",
                RecordType.MEETING, slug, day, uri);
        return html(Templates.meeting(new Pages.Meeting(frame, meeting, cite(RecordType.MEETING, slug, day, uri))));
    }

    @GET
    @Path("participants/{slug}")
    @Operation(hidden = true)
    public Response participant(@RestPath String slug, @RestQuery String asOf,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context UriInfo uri) {
        LocalDate day = day(asOf);
        MediaType type = negotiate(accept);
        if (!isPage(type)) {
            return alternate(type, RecordType.PARTICIPANT, slug, day, accept, uri, () -> views.participant(slug, day)
                    .orElseThrow(() -> NotFoundProblem.of("participant", slug, day)));
        }
        ParticipantRow row = participants.bySlug(slug, day)
                .orElseThrow(() -> NotFoundProblem.of("participant", slug, day));
        var participant = views.participants(List.of(row), day, Views.PARTICIPANT_DEFAULT).get(0);
        List<MeetingRow> attended = meetings.ofParticipants(List.of(row.id()), day, null).getOrDefault(row.id(),
                List.of());
        Map<Long, List<ParticipantRole>> roles = new LinkedHashMap<>();
        for (ParticipationRow p : meetings.participationsOf(List.of(row.id()),
                attended.stream().map(MeetingRow::id).toList(), day).getOrDefault(row.id(), List.of())) {
            roles.computeIfAbsent(p.meetingId(), k -> new ArrayList<>()).add(p.role());
        }
        List<Pages.Attended> list = attended.stream().map(m -> new Pages.Attended(m.slug(), m.title(), m.date(),
                roles.getOrDefault(m.id(), List.of()))).toList();
        var made = views.commitments(commitments.of(CommitmentRepository.Parent.PARTICIPANT, List.of(row.id()), day, null)
                .getOrDefault(row.id(), List.of()), day, org.ceasefiredata.ceasefire.web.Include.none());
        var set = views.deadlines(deadlines.of(DeadlineRepository.Parent.PARTICIPANT, List.of(row.id()), day, null)
                .getOrDefault(row.id(), List.of()), day, org.ceasefiredata.ceasefire.web.Include.none());
        Pages.Frame frame = frame(participant.name(), participant.name()
                + (participant.description() == null ? "" : ": " + participant.description()), RecordType.PARTICIPANT,
                slug, day, uri);
        return html(Templates.participant(new Pages.Participant(frame, participant, list, made, set,
                cite(RecordType.PARTICIPANT, slug, day, uri))));
    }

    @GET
    @Path("commitments/{slug}")
    @Operation(hidden = true)
    public Response commitment(@RestPath String slug, @RestQuery String asOf,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context UriInfo uri) {
        LocalDate day = day(asOf);
        MediaType type = negotiate(accept);
        Supplier<CommitmentView> find = () -> views.commitment(slug, day)
                .orElseThrow(() -> NotFoundProblem.of("commitment", slug, day));
        if (!isPage(type)) {
            return alternate(type, RecordType.COMMITMENT, slug, day, accept, uri, find);
        }
        var commitment = find.get();
        Pages.Frame frame = frame(Headlines.headline(commitment.summary()), "Commitment (" + commitment.status().wire() + "): "
                + commitment.summary(), RecordType.COMMITMENT, slug, day, uri);
        return html(Templates.commitment(new Pages.Commitment(frame, commitment,
                cite(RecordType.COMMITMENT, slug, day, uri))));
    }

    @GET
    @Path("deadlines/{slug}")
    @Operation(hidden = true)
    public Response deadline(@RestPath String slug, @RestQuery String asOf, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Context UriInfo uri) {
        LocalDate day = day(asOf);
        MediaType type = negotiate(accept);
        Supplier<DeadlineView> find = () -> views.deadline(slug, day)
                .orElseThrow(() -> NotFoundProblem.of("deadline", slug, day));
        if (!isPage(type)) {
            return alternate(type, RecordType.DEADLINE, slug, day, accept, uri, find);
        }
        var deadline = find.get();
        Pages.Frame frame = frame(Headlines.headline(deadline.description()),
                "Deadline (" + deadline.status().wire() + "), due "
                        + Dates.human(deadline.due()) + ": " + deadline.description(),
                RecordType.DEADLINE, slug, day, uri);
        return html(Templates.deadline(new Pages.Deadline(frame, deadline, cite(RecordType.DEADLINE, slug, day, uri))));
    }

    @GET
    @Path("documents/{slug}")
    @Operation(hidden = true)
    public Response source(@RestPath String slug, @RestQuery String asOf, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Context UriInfo uri) {
        LocalDate day = day(asOf);
        MediaType type = negotiate(accept);
        DocumentRow row = documents.bySlug(slug, day).orElseThrow(() -> NotFoundProblem.of("document", slug, day));
        if (!isPage(type)) {
            return alternate(type, RecordType.DOCUMENT, slug, day, accept, uri, () -> views.document(row));
        }
        DocumentView document = views.document(row);
        Map<String, Pages.Quote> quotes = new LinkedHashMap<>();
        Map<String, List<Pages.Fact>> facts = new LinkedHashMap<>();
        for (QuoteRow q : documents.quotes(row.id(), day)) {
            String key = q.start() + "-" + q.end();
            List<Pages.Fact> list = facts.computeIfAbsent(key, k -> new ArrayList<>());
            quotes.computeIfAbsent(key, k -> new Pages.Quote(k, q.start(), q.end(), q.quote(), q.segmentKind(), list));
            list.add(new Pages.Fact(q.type().wire(), q.name(), q.fact(), q.detail(), Links.page(q.type(), q.slug(), day)));
        }
        String html = Highlighter.html(document.originalText(),
                quotes.values().stream().map(q -> new Highlighter.Span(q.start(), q.end())).toList(),
                document.setApart().stream().map(s -> new Highlighter.Segment(s.kind().wire(), s.start(), s.end())).toList());
        String title = document.title() == null ? slug : document.title();
        Pages.Frame frame = frame(title, "Source text: " + title + (document.outlet() == null
                ? ""
                : ", "
                        + document.outlet())
                + ", with every cited quote highlighted.", RecordType.DOCUMENT, slug, day, uri);
        return html(Templates.source(new Pages.Source(frame, document, html, List.copyOf(quotes.values()),
                cite(RecordType.DOCUMENT, slug, day, uri))));
    }

    @GET
    @Path("search")
    @Operation(hidden = true)
    public Response search(@RestQuery String q, @RestQuery String asOf, @RestQuery String cursor, @Context UriInfo uri) {
        LocalDate day = day(asOf);
        String query = q == null ? "" : q.trim();
        List<Pages.Hit> hits = List.of();
        long total = 0;
        String next = null;
        String problem = null;
        if (!query.isEmpty()) {
            try {
                Page<SearchHit> page = search.search(SearchFilter.of(query, null, null, null),
                        new PageRequest(25, blankToNull(cursor), List.of(), true, "limit", "cursor"));
                hits = page.rows().stream().map(h -> new Pages.Hit(h.type().wire(), h.title(), snippet(h.snippet()),
                        Links.page(h.type(), h.slug(), day))).toList();
                total = page.total() == null ? 0 : page.total();
                next = page.next();
            } catch (InvalidInput e) {
                problem = e.violations().get(0).message();
            }
        }
        List<Pages.Param> keep = new ArrayList<>();
        keepIf(keep, "q", query);
        Pages.Frame frame = new Pages.Frame(query.isEmpty() ? "Search" : "Search: " + query,
                "Search the ceasefire record and its source texts.", "/search", day, keep, null, null, null);
        return html(Templates.search(new Pages.Search(frame, query, hits, total, next, problem)));
    }

    /** Typeahead for the search box: records whose words begin with what was typed, as JSON for the page's script. */
    @GET
    @Path("search/suggestions")
    @Operation(hidden = true)
    public Response suggestions(@RestQuery String q, @RestQuery String asOf) {
        LocalDate day = day(asOf);
        List<Map<String, String>> list = search.suggest(q, 8).stream().map(h -> Map.of("type", h.type().wire(),
                "title", h.title(), "href", Links.page(h.type(), h.slug(), day))).toList();
        return Response.ok(list, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Errors: a page for a browser, problem details for a program.

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri, HttpHeaders headers) {
        return error(404, "Not found", e.getMessage(), uri, headers, null);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInput e, UriInfo uri, HttpHeaders headers) {
        return error(400, "That request cannot be answered", e.getMessage(), uri, headers,
                e.violations().stream().map(v -> new Problem.Violation(v.parameter(), v.message())).toList());
    }

    private Response error(int status, String heading, String message, UriInfo uri, HttpHeaders headers,
            List<Problem.Violation> violations) {
        MediaType type = Negotiation.choose(headers.getHeaderString(HttpHeaders.ACCEPT),
                List.of(MediaType.TEXT_HTML_TYPE, MediaType.APPLICATION_JSON_TYPE));
        if (MediaType.APPLICATION_JSON_TYPE.equals(type)) {
            return Response.status(status).type(ProblemMappers.PROBLEM_JSON)
                    .entity(new Problem("about:blank", status == 404 ? "Not Found" : "Bad Request", status, message,
                            uri.getPath(), violations == null || violations.isEmpty() ? null : violations))
                    .build();
        }
        Pages.Frame frame = new Pages.Frame(heading, message, uri.getPath(), null, List.of(), null, null, null);
        return Response.status(status).type(HTML)
                .entity(Templates.error(new Pages.Error(frame, status, heading, message))).build();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static MediaType negotiate(String accept) {
        MediaType type = Negotiation.choose(accept, RECORD_TYPES);
        if (type == null) {
            throw new jakarta.ws.rs.NotAcceptableException();
        }
        return type;
    }

    private static boolean isPage(MediaType type) {
        return type.equals(MediaType.TEXT_HTML_TYPE);
    }

    /**
     * The record in another form than the page: the REST JSON (the same body as its {@code /api/v1} path, which
     * {@code Content-Location} names) or a reference in a citation format.
     */
    private Response alternate(MediaType type, RecordType kind, String slug, LocalDate day, String accept, UriInfo uri,
            Supplier<?> json) {
        if (type.equals(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(json.get(), MediaType.APPLICATION_JSON_TYPE)
                    .header("Content-Location", Links.api(kind, slug, day)).header(HttpHeaders.VARY, "Accept").build();
        }
        CiteFormat format = CiteFormat.of(type);
        CSLItemData item = citations.record(kind, slug, day, publicUrl.of(uri))
                .orElseThrow(() -> NotFoundProblem.of(kind.wire(), slug, day));
        return Response.ok(citations.render(item, format), format.contentType()).header(HttpHeaders.VARY, "Accept")
                .build();
    }

    private Pages.Frame frame(String title, String description, RecordType type, String slug, LocalDate day,
            UriInfo uri) {
        String base = publicUrl.of(uri);
        String path = Links.page(type, slug, null);
        return new Pages.Frame(title, description, path, day, List.of(), Links.api(type, slug, day),
                "/api/v1/oembed?url=" + Links.encode(base + Links.page(type, slug, day)),
                base + Links.page(type, slug, day));
    }

    private Pages.CiteBox cite(RecordType type, String slug, LocalDate day, UriInfo uri) {
        CSLItemData item = citations.record(type, slug, day, publicUrl.of(uri))
                .orElseThrow(() -> NotFoundProblem.of(type.wire(), slug, day));
        return cite(item, "/api/v1/" + type.wire() + "s/" + slug + "/cite" + Links.asOf(day, '?'));
    }

    private Pages.CiteBox cite(CSLItemData item, String api) {
        return new Pages.CiteBox(citations.render(item, CiteFormat.APA), citations.render(item, CiteFormat.CHICAGO),
                citations.bibtex(item), citations.ris(item), citations.cslJson(item), api);
    }

    private static Response html(TemplateInstance page) {
        return Response.ok(page, HTML).header(HttpHeaders.VARY, "Accept")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300").build();
    }

    /** The day of {@code asOf} (any precision: its last day counts), or null; a bad date is a 400. */
    static LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        Checks checks = new Checks();
        LocalDate day = checks.date("asOf", asOf, true);
        checks.done();
        return day;
    }

    /** A search snippet as HTML: everything escaped but the {@code <mark>} the search put around matched words. */
    static String snippet(String snippet) {
        if (snippet == null) {
            return "";
        }
        return Highlighter.escape(snippet).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>");
    }

    private static void keepIf(List<Pages.Param> keep, String name, String value) {
        if (value != null && !value.isBlank()) {
            keep.add(new Pages.Param(name, value.trim()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String blank(String s) {
        return s == null ? "" : s.trim();
    }

}
