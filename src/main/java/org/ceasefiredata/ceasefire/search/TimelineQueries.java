package org.ceasefiredata.ceasefire.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Query;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.kernel.DatePrecision;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.participant.ParticipantRefs;
import org.ceasefiredata.ceasefire.web.Cursor;
import org.ceasefiredata.ceasefire.web.ListRequest;
import org.ceasefiredata.ceasefire.web.Listing;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Meetings, deadlines and commitments in one chronological list. Entries are ordered by their date window (first
 * possible day, then last), so "fall 2015" sorts as the range it is, before a meeting on 1 December 2015 and after
 * one on 1 September; records without a date are left out. Keyset-paged like the other lists.
 */
public final class TimelineQueries {

    public static final Set<String> FILTERS = Set.of("from", "to", "participant", "type");
    static final List<String> TYPES = List.of("meeting", "deadline", "commitment");

    private TimelineQueries() {
    }

    public static ListRequest request(UriInfo uri) {
        return ListRequest.of(uri, FILTERS, List.of(), List.of(), Set.of());
    }

    public static Listing.Page<TimelineEntryView> timeline(ListRequest r) {
        ListRequest.Range range = r.range();
        Set<Long> participants = ParticipantRefs.resolve(r, "participant");
        List<String> types = r.values("type");
        types.stream().filter(t -> !TYPES.contains(t))
                .forEach(t -> r.reject("type", "unknown type '" + t + "'; allowed: " + String.join(", ", TYPES)));
        for (String unsupported : List.of("sort", "include")) {
            if (r.has(unsupported)) {
                r.reject(unsupported, "is not supported by the timeline (always chronological)");
            }
        }
        r.validate();
        LocalDate asOf = r.asOf();
        List<String> parts = new ArrayList<>();
        if (types.isEmpty() || types.contains("meeting")) {
            parts.add(part("meeting", "m", "m.title", "m.date", "m.status", "meeting_id",
                    "select 1 from meeting_participant x where x.meeting_id = m.id and x.participant_id in (:participants)"
                            + (asOf == null
                                    ? ""
                                    : " and exists (select 1 from citation c join source_document sd"
                                            + " on sd.id = c.document_id where c.meeting_participant_id = x.id"
                                            + " and sd.published_latest <= :asOf)"),
                    participants != null, asOf));
        }
        if (types.isEmpty() || types.contains("deadline")) {
            parts.add(part("deadline", "d", "d.description", "d.due", status("deadline", "d", asOf), "deadline_id",
                    "select 1 from deadline_setter x where x.deadline_id = d.id and x.participant_id in (:participants)",
                    participants != null, asOf));
        }
        if (types.isEmpty() || types.contains("commitment")) {
            parts.add(part("commitment", "c", "c.summary", "c.date", status("commitment", "c", asOf), "commitment_id",
                    "select 1 from commitment_party x where x.commitment_id = c.id and x.participant_id in (:participants)",
                    participants != null, asOf));
        }
        String identity = r.identity();
        Cursor cursor = r.cursor() == null ? null : Cursor.decode(r.cursor(), identity);
        boolean backward = cursor != null && cursor.backward();
        String dir = backward ? " desc" : "";
        String order = " order by earliest" + dir + ", latest" + dir + ", slug" + dir + ", type" + dir;
        // Each branch is filtered, positioned after the cursor and cut to one page by itself (an index scan on the
        // record's date window); the outer query only merges three short lists.
        List<String> pages = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (String part : parts) {
            String filtered = "select * from (" + part + ") b where true"
                    + (range.from() != null ? " and b.latest >= :from" : "")
                    + (range.to() != null ? " and b.earliest <= :to" : "");
            counts.add("select count(*) as n from (" + filtered + ") c");
            pages.add("(" + filtered + (cursor == null
                    ? ""
                    : " and (b.earliest, b.latest, b.slug, b.type) " + (backward ? "<" : ">")
                            + " (cast(:k0 as date), cast(:k1 as date), :k3, :k2)")
                    + order + " limit :limit)");
        }
        String countSql = "select sum(n) from (" + String.join(" union all ", counts) + ") t";
        long total = Listing.cachedCount(countSql + "|" + range + "|" + participants + "|" + asOf,
                () -> ((Number) bind(Panache.getEntityManager().createNativeQuery(countSql), range, participants, asOf, null)
                        .getSingleResult()).longValue());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(Panache.getEntityManager().createNativeQuery("select t.type, t.slug, t.title, t.value,"
                + " t.earliest, t.latest, t.precision, t.status from (" + String.join(" union all ", pages) + ") t" + order
                + " limit :limit"), range, participants, asOf, cursor).setParameter("limit", r.limit() + 1).getResultList();
        boolean more = rows.size() > r.limit();
        List<Object[]> shown = new ArrayList<>(more ? rows.subList(0, r.limit()) : rows);
        if (backward) {
            Collections.reverse(shown);
        }
        List<TimelineEntryView> entries = shown.stream().map(row -> {
            String type = (String) row[0];
            PartialDate date = new PartialDate((String) row[3], toDate(row[4]), toDate(row[5]),
                    DatePrecision.valueOf((String) row[6]));
            return new TimelineEntryView(type, (String) row[1], (String) row[2], date,
                    ((String) row[7]).toLowerCase(Locale.ROOT).replace('_', '-'), "/api/v1/" + type + "s/" + row[1]);
        }).toList();
        boolean hasNext = backward ? cursor != null : more;
        boolean hasPrev = backward ? more : cursor != null;
        String next = hasNext && !shown.isEmpty() ? position(shown.get(shown.size() - 1), false, identity) : null;
        String prev = hasPrev && !shown.isEmpty() ? position(shown.get(0), true, identity) : null;
        List<String> cursors = shown.stream().map(row -> position(row, false, identity)).toList();
        return new Listing.Page<>(entries, cursors, total, next, prev);
    }

    private static String part(String type, String alias, String title, String date, String status, String citationColumn,
            String participantFilter, boolean byParticipant, LocalDate asOf) {
        String table = type.equals("meeting") ? "meeting" : type;
        String col = date.substring(alias.length() + 1);
        StringBuilder sql = new StringBuilder("select '" + type + "' as type, " + alias + ".slug as slug, " + title
                + " as title, " + alias + "." + col + "_value as value, " + alias + "." + col + "_earliest as earliest, "
                + alias + "." + col + "_latest as latest, " + alias + "." + col + "_precision as precision, " + status
                + " as status from " + table + " " + alias + " where " + alias + "." + col + "_earliest is not null");
        if (byParticipant) {
            sql.append(" and exists (").append(participantFilter).append(")");
        }
        if (asOf != null) {
            sql.append(" and exists (select 1 from citation c join source_document sd on sd.id = c.document_id where c.")
                    .append(citationColumn).append(" = ").append(alias).append(".id and sd.published_latest <= :asOf)");
        }
        return sql.toString();
    }

    /** The status as assessed by asOf (the last assessment with a source published by then), else the stored one. */
    private static String status(String subject, String alias, LocalDate asOf) {
        if (asOf == null) {
            return alias + ".status";
        }
        return "coalesce((select a.status from status_assessment a where a." + subject + "_id = " + alias + ".id and exists"
                + " (select 1 from citation c join source_document sd on sd.id = c.document_id where c.status_assessment_id"
                + " = a.id and sd.published_latest <= :asOf) order by a.position desc limit 1), 'UNKNOWN')";
    }

    private static Query bind(Query query, ListRequest.Range range, Set<Long> participants, LocalDate asOf, Cursor cursor) {
        if (range.from() != null) {
            query.setParameter("from", range.from());
        }
        if (range.to() != null) {
            query.setParameter("to", range.to());
        }
        if (participants != null) {
            query.setParameter("participants", participants);
        }
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        if (cursor != null) {
            if (cursor.values().size() != 4 || !isDate(cursor.values().get(0)) || !isDate(cursor.values().get(1))) {
                throw new org.ceasefiredata.ceasefire.web.BadRequestProblem("Invalid cursor.",
                        List.of(new org.ceasefiredata.ceasefire.web.Problem.Violation("cursor", "is damaged")));
            }
            query.setParameter("k0", cursor.values().get(0));
            query.setParameter("k1", cursor.values().get(1));
            query.setParameter("k2", cursor.values().get(2));
            query.setParameter("k3", cursor.values().get(3));
        }
        return query;
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String position(Object[] row, boolean backward, String identity) {
        return new Cursor(List.of(toDate(row[4]).toString(), toDate(row[5]).toString(), (String) row[0], (String) row[1]), 0,
                backward, identity).encode();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
