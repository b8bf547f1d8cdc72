package org.ceasefiredata.ceasefire.explorer;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.commitment.DeadlineFilter;
import org.ceasefiredata.ceasefire.commitment.DeadlineRepository;
import org.ceasefiredata.ceasefire.commitment.DeadlineRow;
import org.ceasefiredata.ceasefire.evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.DatePrecision;
import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.meeting.MeetingFilter;
import org.ceasefiredata.ceasefire.meeting.MeetingRepository;
import org.ceasefiredata.ceasefire.meeting.MeetingRow;
import org.ceasefiredata.ceasefire.meeting.MeetingStatus;
import org.ceasefiredata.ceasefire.paging.Page;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.web.CitationView;
import org.ceasefiredata.ceasefire.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.Separator;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Meetings and deadlines as an iCalendar feed (RFC 5545) for a newsroom calendar, written with ical4j. Every dated
 * record is an all-day event over the window of days its date covers (a deadline due "in late August" spans Aug. 21
 * to 31: the precision is kept, and named in the summary); its description carries the fact, its status (the verdict,
 * for a deadline), the verbatim quote of its first source, and links back to the record and the quote. The feeds take
 * the filters of the lists they come from.
 */
@Path("/api/v1")
@Tag(name = "Cite, calendar, embed")
public class CalendarResource {

    static final String CALENDAR = "text/calendar";
    /** Bounds a feed should the record grow: 100 pages of 100 events per kind. */
    static final int MAX_PAGES = 100;

    @Inject
    MeetingRepository meetings;
    @Inject
    DeadlineRepository deadlines;
    @Inject
    Views views;
    @Inject
    PublicUrl publicUrl;

    @GET
    @Path("/calendar.ics")
    @Produces(CALENDAR)
    @Operation(summary = "Calendar of meetings and deadlines", description = "Every dated meeting and deadline as an all-day iCalendar event over the window of days its date covers, with the fact, its status, the quote of its source and links back. Filters: participant, from/to, asOf, type.")
    @APIResponse(responseCode = "200", description = "An iCalendar (RFC 5545) calendar.", content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response both(
            @Parameter(description = "Involving any of these participants (slug or any name).", example = "russia", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> participant,
            @Parameter(description = "Events whose window ends on or after the first day of this date (any precision).", example = "2016-02", schema = @Schema(type = SchemaType.STRING)) @RestQuery String from,
            @Parameter(description = "Events whose window starts on or before the last day of this date.", example = "2016-09", schema = @Schema(type = SchemaType.STRING)) @RestQuery String to,
            @Parameter(ref = "asOf") @RestQuery String asOf,
            @Parameter(description = "Only these kinds: meeting, deadline.", example = "deadline", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> type,
            @Context UriInfo uri) {
        boolean withMeetings = type == null || type.isEmpty() || type.contains("meeting");
        boolean withDeadlines = type == null || type.isEmpty() || type.contains("deadline");
        if (type != null) {
            type.stream().filter(t -> !t.equals("meeting") && !t.equals("deadline")).findFirst().ifPresent(t -> {
                throw InvalidInput.of("type", "unknown kind '" + t + "'; expected meeting or deadline");
            });
        }
        MeetingFilter m = new MeetingFilter();
        m.participant = participant == null || participant.isEmpty() ? null : participant;
        m.from = from;
        m.to = to;
        m.asOf = asOf;
        DeadlineFilter d = new DeadlineFilter();
        d.participant = m.participant;
        d.from = from;
        d.to = to;
        d.asOf = asOf;
        return feed("Syria ceasefire: meetings and deadlines", withMeetings ? m : null, withDeadlines ? d : null, uri);
    }

    @GET
    @Path("/calendar/meetings.ics")
    @Produces(CALENDAR)
    @Operation(summary = "Calendar of meetings", description = "The meeting list as an iCalendar feed: the same filters (participant, place, kind, status, from/to, q, slug, asOf).")
    @APIResponse(responseCode = "200", description = "An iCalendar (RFC 5545) calendar.", content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response meetings(@BeanParam MeetingFilter filter, @Context UriInfo uri) {
        return feed("Syria ceasefire: meetings", filter, null, uri);
    }

    @GET
    @Path("/calendar/deadlines.ics")
    @Produces(CALENDAR)
    @Operation(summary = "Calendar of deadlines", description = "The deadline list as an iCalendar feed: the same filters (participant, status, type, commitment, meeting, from/to, q, slug, asOf); each event carries the verdict as known on asOf.")
    @APIResponse(responseCode = "200", description = "An iCalendar (RFC 5545) calendar.", content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response deadlines(@BeanParam DeadlineFilter filter, @Context UriInfo uri) {
        return feed("Syria ceasefire: deadlines", null, filter, uri);
    }

    private Response feed(String name, MeetingFilter meetingFilter, DeadlineFilter deadlineFilter, UriInfo uri) {
        String base = publicUrl.of(uri);
        String host = URI.create(base).getHost() == null ? "localhost" : URI.create(base).getHost();
        Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Calendar calendar = new Calendar().withProdId("-//ceasefiredata.org//Syria ceasefire record//EN").withDefaults()
                .getFluentTarget();
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("NAME", name));
        if (meetingFilter != null) {
            LocalDate day = meetingFilter.day();
            for (MeetingRow m : all(MeetingRepository.CHRONOLOGICAL, p -> meetings.page(meetingFilter, p))) {
                if (m.date() == null) {
                    continue;
                }
                CitationView quote = first(views.citations(Subject.MEETING, List.of(m.id()), day), m.id());
                String link = base + Links.page(RecordType.MEETING, m.slug(), day);
                VEvent event = event(m.date(), Headlines.headline(m.title()) + suffix(m.date()),
                        "meeting-" + m.slug() + "@" + host, stamp, link);
                event.add(new Description(String.join("\n", List.of(
                        "Meeting: " + m.title(),
                        "When: " + when(m.date()),
                        "Status: " + m.status().wire() + (day == null ? "" : " (as known on " + day + ")"),
                        m.outcome() == null ? "Outcome: not recorded" : "Outcome: " + m.outcome(),
                        quote(quote, base, day),
                        "Record: " + link))));
                if (m.place() != null) {
                    event.add(new Location(m.place() + (m.country() == null ? "" : ", " + m.country())));
                }
                event.add(new Categories("meeting"));
                event.add(status(m.status()));
                calendar.add(event);
            }
        }
        if (deadlineFilter != null) {
            LocalDate day = deadlineFilter.day();
            for (DeadlineRow d : all(DeadlineRepository.DEFAULT_SORT, p -> deadlines.page(deadlineFilter, p))) {
                if (d.due() == null) {
                    continue;
                }
                CitationView quote = first(views.citations(Subject.DEADLINE, List.of(d.id()), day), d.id());
                String link = base + Links.page(RecordType.DEADLINE, d.slug(), day);
                VEvent event = event(d.due(), "Deadline: " + Headlines.headline(d.description()) + suffix(d.due()),
                        "deadline-" + d.slug() + "@" + host, stamp, link);
                event.add(new Description(String.join("\n", List.of(
                        "Deadline: " + d.description(),
                        "Due: " + when(d.due()) + (d.expression() == null ? "" : " — “" + d.expression() + "”"),
                        "Verdict: " + d.status().wire() + (day == null ? "" : " (as known on " + day + ")"),
                        quote(quote, base, day),
                        "Record: " + link))));
                event.add(new Categories("deadline," + d.status().wire()));
                calendar.add(event);
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("The calendar could not be written", e);
        }
        return Response.ok(out.toString(), CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"ceasefire.ics\"").build();
    }

    private static VEvent event(PartialDate date, String summary, String uid, Instant stamp, String link) {
        // All-day events: DTEND is exclusive (RFC 5545 §3.6.1), the day after the window's last day.
        VEvent event = new VEvent(date.earliest(), date.latest().plusDays(1), summary);
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid));
        event.add(new Url(URI.create(link)));
        return event;
    }

    /** A summary names the precision unless the date is a day: "(late Aug. 2016)". */
    private static String suffix(PartialDate date) {
        return date.precision() == DatePrecision.DAY && date.earliest().equals(date.latest())
                ? ""
                : " (" + Dates.human(date) + ")";
    }

    private static String when(PartialDate date) {
        return Dates.human(date) + " (" + Dates.precisionName(date) + ": " + Dates.window(date) + ")";
    }

    private static String quote(CitationView c, String base, LocalDate day) {
        if (c == null) {
            return "Source: none known" + (day == null ? "" : " on " + day);
        }
        return "Quote: “" + c.quote() + "” — " + (c.outlet() == null ? "" : c.outlet() + ", ")
                + (c.documentTitle() == null ? c.document() : c.documentTitle())
                + (c.published() == null ? "" : ", " + Dates.human(c.published())) + "\nSource: " + base
                + Links.source(c, day);
    }

    private static Status status(MeetingStatus status) {
        return switch (status) {
            case HELD -> new Status(Status.VALUE_CONFIRMED);
            case FAILED, CANCELLED -> new Status(Status.VALUE_CANCELLED);
            default -> new Status(Status.VALUE_TENTATIVE);
        };
    }

    private static CitationView first(Map<Long, List<CitationView>> citations, long id) {
        List<CitationView> list = citations.getOrDefault(id, List.of());
        return list.isEmpty() ? null : list.get(0);
    }

    /** Every row of a list, page after page (bounded by {@link #MAX_PAGES}). */
    private static <T> List<T> all(List<org.ceasefiredata.ceasefire.paging.SortKey> sort,
            Function<PageRequest, Page<T>> list) {
        List<T> rows = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < MAX_PAGES; i++) {
            Page<T> page = list.apply(new PageRequest(PageRequest.MAX_LIMIT, cursor, sort, false, "limit", "cursor"));
            rows.addAll(page.rows());
            cursor = page.next();
            if (cursor == null) {
                break;
            }
        }
        return rows;
    }
}
