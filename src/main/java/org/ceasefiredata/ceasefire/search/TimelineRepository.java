package org.ceasefiredata.ceasefire.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.commitment.AssessmentRepository;
import org.ceasefiredata.ceasefire.evidence.EvidenceRepository;
import org.ceasefiredata.ceasefire.evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.paging.Cursor;
import org.ceasefiredata.ceasefire.paging.Lists;
import org.ceasefiredata.ceasefire.paging.Page;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.paging.Row;
import org.ceasefiredata.ceasefire.paging.Sql;
import org.ceasefiredata.ceasefire.paging.Where;
import org.ceasefiredata.ceasefire.participant.ParticipantRepository;

/**
 * Meetings, deadlines and commitments in one chronological list. Entries are ordered by their date window (first
 * possible day, then last), so "fall 2015" sorts as the range it is, before a meeting on 1 December 2015 and after one
 * on 1 September; records without a date are left out. Keyset-paged like the other lists.
 */
@ApplicationScoped
public class TimelineRepository {

    @Inject
    Sql sql;
    @Inject
    Lists lists;
    @Inject
    ParticipantRepository participants;

    public Page<TimelineEntry> timeline(TimelineFilter filter, PageRequest page) {
        TimelineFilter.Checked f = (filter == null ? new TimelineFilter() : filter).check();
        Set<Long> ids = f.participant() == null ? null : participants.resolve(f.participant(), "participant");
        List<RecordType> types = f.type() == null ? TimelineFilter.TYPES : f.type();
        LocalDate asOf = f.asOf();
        Where w = new Where();
        String who = ids == null ? null : w.param(List.copyOf(ids));
        List<String> parts = new ArrayList<>();
        for (RecordType type : TimelineFilter.TYPES) {
            if (types.contains(type)) {
                parts.add(part(w, type, who, asOf));
            }
        }
        String identity = Cursor.identity("timeline|" + String.join(" union ", parts) + "|" + f.from() + "|" + f.to()
                + "|" + w.params());
        Cursor cursor = page.cursor() == null ? null : Cursor.decode(page.cursor(), identity, page.cursorName());
        // Backward without a cursor reads the last entries (GraphQL's last without before).
        boolean backward = page.backward() != null ? page.backward() : cursor != null && cursor.backward();
        String dir = backward ? " desc" : "";
        String order = " order by earliest" + dir + ", latest" + dir + ", slug" + dir + ", type" + dir;
        String range = (f.from() != null ? " and b.latest >= " + w.param(f.from()) : "")
                + (f.to() != null ? " and b.earliest <= " + w.param(f.to()) : "");
        String keyset = "";
        if (cursor != null) {
            if (cursor.values().size() != 4) {
                throw InvalidInput.of(page.cursorName(), "is damaged (use the one a previous page gave, unchanged)");
            }
            try {
                keyset = " and (b.earliest, b.latest, b.slug, b.type) " + (backward ? "<" : ">") + " ("
                        + w.param(LocalDate.parse(cursor.values().get(0))) + ", "
                        + w.param(LocalDate.parse(cursor.values().get(1))) + ", " + w.param(cursor.values().get(3)) + ", "
                        + w.param(cursor.values().get(2)) + ")";
            } catch (RuntimeException e) {
                throw InvalidInput.of(page.cursorName(), "is damaged (use the one a previous page gave, unchanged)");
            }
        }
        // Each branch is filtered, positioned after the cursor and cut to one page by itself (an index scan on the
        // record's date window); the outer query only merges three short lists.
        List<String> pages = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (String part : parts) {
            String filtered = "select * from (" + part + ") b where true" + range;
            counts.add("select count(*) as n from (" + filtered + ") c");
            pages.add("(" + filtered + keyset + order + " limit " + (page.limit() + 1) + ")");
        }
        Long total = null;
        if (page.total()) {
            String countSql = "select sum(n) as n from (" + String.join(" union all ", counts) + ") t";
            total = lists.memo(countSql + "|" + w.params(), () -> sql.number(countSql, w.params()));
        }
        List<Object[]> rows = sql.list("select t.type, t.slug, t.title, t.value, t.earliest, t.latest, t.precision, t.status"
                + " from (" + String.join(" union all ", pages) + ") t" + order + " limit " + (page.limit() + 1),
                w.params(), TimelineRepository::entry);
        boolean more = rows.size() > page.limit();
        List<Object[]> shown = new ArrayList<>(more ? rows.subList(0, page.limit()) : rows);
        if (backward) {
            Collections.reverse(shown);
        }
        boolean hasNext = backward ? cursor != null : more;
        boolean hasPrev = backward ? more : cursor != null;
        String next = hasNext && !shown.isEmpty() ? position(shown.get(shown.size() - 1), false, identity) : null;
        String prev = hasPrev && !shown.isEmpty() ? position(shown.get(0), true, identity) : null;
        return new Page<>(shown.stream().map(r -> (TimelineEntry) r[0]).toList(),
                shown.stream().map(r -> position(r, false, identity)).toList(), total, next, prev);
    }

    private static Object[] entry(Row r) throws java.sql.SQLException {
        RecordType type = RecordType.ofWire(r.text("type"));
        TimelineEntry entry = new TimelineEntry(type, r.text("slug"), r.text("title"),
                new org.ceasefiredata.ceasefire.kernel.PartialDate(r.text("value"), r.date("earliest"), r.date("latest"),
                        org.ceasefiredata.ceasefire.kernel.DatePrecision.valueOf(r.text("precision"))),
                r.text("status"));
        return new Object[]{entry};
    }

    private static String position(Object[] row, boolean backward, String identity) {
        TimelineEntry e = (TimelineEntry) row[0];
        return new Cursor(List.of(e.date().earliest().toString(), e.date().latest().toString(), e.type().wire(), e.slug()),
                0, backward, identity).encode();
    }

    /** One kind of record as timeline rows; the same filters as its own list would apply. */
    private static String part(Where w, RecordType type, String participants, LocalDate asOf) {
        String table = type.wire();
        String alias = "e";
        String title;
        String col;
        Subject subject;
        String involves;
        String status;
        switch (type) {
            case MEETING -> {
                title = "e.title";
                col = "date";
                subject = Subject.MEETING;
                String known = EvidenceRepository.known(w, Subject.MEETING_PARTICIPANT, "x", asOf);
                involves = "select 1 from meeting_participant x where x.meeting_id = e.id and x.participant_id = any("
                        + participants + ")" + (known == null ? "" : " and " + known);
                status = "e.status";
            }
            case DEADLINE -> {
                title = "e.description";
                col = "due";
                subject = Subject.DEADLINE;
                involves = "select 1 from deadline_setter x where x.deadline_id = e.id and x.participant_id = any("
                        + participants + ")";
                status = AssessmentRepository.status(w, Subject.DEADLINE, "e", asOf);
            }
            default -> {
                title = "e.summary";
                col = "date";
                subject = Subject.COMMITMENT;
                involves = "select 1 from commitment_party x where x.commitment_id = e.id and x.participant_id = any("
                        + participants + ")";
                status = AssessmentRepository.status(w, Subject.COMMITMENT, "e", asOf);
            }
        }
        StringBuilder sql = new StringBuilder("select '" + table + "' as type, e.slug as slug, " + title + " as title, e."
                + col + "_value as value, e." + col + "_earliest as earliest, e." + col + "_latest as latest, e." + col
                + "_precision as precision, " + status + " as status from " + table + " " + alias + " where e." + col
                + "_earliest is not null");
        if (participants != null) {
            sql.append(" and exists (").append(involves).append(")");
        }
        String known = EvidenceRepository.known(w, subject, "e", asOf);
        if (known != null) {
            sql.append(" and ").append(known);
        }
        return sql.toString();
    }
}
