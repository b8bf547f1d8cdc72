package org.ceasefiredata.ceasefire.commitment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.evidence.CitationView;
import org.ceasefiredata.ceasefire.evidence.ClaimView;
import org.ceasefiredata.ceasefire.evidence.Evidence;
import org.ceasefiredata.ceasefire.evidence.Evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.ceasefiredata.ceasefire.kernel.Wire;
import org.ceasefiredata.ceasefire.participant.ParticipantRefs;
import org.ceasefiredata.ceasefire.web.ListRequest;
import org.ceasefiredata.ceasefire.web.Listing;
import org.ceasefiredata.ceasefire.web.PageView;
import org.ceasefiredata.ceasefire.web.SortField;
import org.ceasefiredata.ceasefire.web.SortKey;
import org.ceasefiredata.ceasefire.web.Where;

import io.quarkus.hibernate.orm.panache.Panache;

/** How commitments are filtered, sorted and assembled into views (REST and GraphQL). */
public final class CommitmentQueries {

    static final SortField DATE = SortField.date("date", "coalesce(e.date.earliest, {d '9999-12-31'})");
    static final SortField SLUG = SortField.text("slug", "e.slug");
    public static final List<SortField> SORT = List.of(DATE, SLUG, SortField.text("kind", "str(e.kind)"),
            SortField.text("status", "str(e.status)"));
    public static final List<SortKey> DEFAULT = List.of(new SortKey(DATE, false), new SortKey(SLUG, false));
    public static final Set<String> FILTERS = Set.of("from", "to", "participant", "madeBy", "binds", "kind", "status",
            "meeting", "q", "slug");
    public static final Set<String> INCLUDES = Set.of("deadlines", "history");

    private CommitmentQueries() {
    }

    public static ListRequest request(UriInfo uri) {
        return ListRequest.of(uri, FILTERS, SORT, DEFAULT, INCLUDES);
    }

    public static PageView<CommitmentView> list(ListRequest r, Consumer<Where> fixed) {
        return PageView.of(page(r, fixed), r, rows -> views(rows, r.asOf(), r.includes("deadlines"), r.includes("history")));
    }

    /** The entities of one page matching the request's filters and {@code fixed} (e.g. a parent record). */
    public static Listing.Page<Commitment> page(ListRequest r, Consumer<Where> fixed) {
        Where w = new Where();
        fixed.accept(w);
        ListRequest.Range range = r.range();
        Listing.overlapping(em(), w, "Commitment", "date", range);
        party(r, w, "participant", null);
        party(r, w, "madeBy", PartyRelation.MADE_BY);
        party(r, w, "binds", PartyRelation.BINDS);
        List<CommitmentKind> kinds = r.enums("kind", CommitmentKind.class);
        if (!kinds.isEmpty()) {
            w.and("e.kind in " + w.param(kinds));
        }
        List<CommitmentStatus> statuses = r.enums("status", CommitmentStatus.class);
        if (!statuses.isEmpty()) {
            w.and(Assessments.statusExpression("commitment", r.asOf(), w) + " in "
                    + w.param(statuses.stream().map(Enum::name).toList()));
        }
        List<String> meetings = r.values("meeting");
        if (!meetings.isEmpty()) {
            w.and("e.meeting.slug in " + w.param(meetings));
        }
        String q = r.value("q");
        if (q != null) {
            w.and("lower(e.summary) like " + w.contains(q) + " escape '!'");
        }
        List<String> slugs = r.values("slug");
        if (!slugs.isEmpty()) {
            w.and("e.slug in " + w.param(slugs));
        }
        Evidence.supportedBy(w, Subject.COMMITMENT, "e", r.asOf());
        if (r.asOf() != null && r.sort().stream().anyMatch(k -> k.field().name().equals("status"))) {
            r.reject("sort", "cannot sort by status together with asOf (statuses as of a day are computed per record)");
        }
        r.validate();
        return Listing.page(em(), Commitment.class, "from Commitment e", w, r);
    }

    private static void party(ListRequest r, Where w, String filter, PartyRelation relation) {
        Set<Long> ids = ParticipantRefs.resolve(r, filter);
        if (ids != null) {
            w.and("exists (select 1 from CommitmentParty cp where cp.commitment = e and cp.participant.id in " + w.param(ids)
                    + (relation == null ? "" : " and cp.relation = " + w.param(relation)) + ")");
        }
    }

    public static Optional<CommitmentView> get(String slug, LocalDate asOf) {
        Where w = new Where();
        w.and("e.slug = " + w.param(slug));
        Evidence.supportedBy(w, Subject.COMMITMENT, "e", asOf);
        List<Commitment> found = w.bind(em().createQuery("select e from Commitment e" + w.clause(), Commitment.class))
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(views(found, asOf, true, true).get(0));
    }

    static List<CommitmentView> views(List<Commitment> commitments, LocalDate asOf, boolean deadlines, boolean history) {
        List<Long> ids = commitments.stream().map(c -> c.id).toList();
        Map<Long, List<CitationView>> citations = Evidence.citations(Subject.COMMITMENT, ids, asOf);
        Map<Long, List<ClaimView>> claims = Evidence.claims(Subject.COMMITMENT, ids, asOf);
        Map<Long, List<AssessmentView>> assessments = history || asOf != null
                ? Assessments.history(Subject.COMMITMENT, ids, asOf)
                : Map.of();
        Map<Long, List<RecordRef>> madeBy = parties(ids, PartyRelation.MADE_BY);
        Map<Long, List<RecordRef>> binds = parties(ids, PartyRelation.BINDS);
        Map<Long, RecordRef> meetings = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em().createQuery("select e.id, m.slug, m.title from Commitment e join e.meeting m"
                    + " where e.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
                meetings.put((Long) r[0], RecordRef.meeting((String) r[1], (String) r[2]));
            }
        }
        Map<Long, List<RecordRef>> attached = deadlines && !ids.isEmpty()
                ? RecordRef.group(
                        deadlineRows(ids, asOf), "deadline")
                : null;
        return commitments.stream().map(c -> {
            List<AssessmentView> h = assessments.getOrDefault(c.id, List.of());
            CommitmentStatus status = asOf == null
                    ? c.status
                    : Wire.parse(CommitmentStatus.class, Assessments.statusAsOf(h));
            return new CommitmentView(c.slug, c.summary, c.kind, status, c.date == null ? null : c.date.toPartialDate(),
                    meetings.get(c.id), madeBy.getOrDefault(c.id, List.of()), binds.getOrDefault(c.id, List.of()),
                    attached == null ? null : attached.getOrDefault(c.id, List.of()), history ? h : null,
                    citations.getOrDefault(c.id, List.of()), claims.getOrDefault(c.id, List.of()));
        }).toList();
    }

    private static List<Object[]> deadlineRows(List<Long> ids, LocalDate asOf) {
        Where w = new Where();
        w.and("e.commitment.id in " + w.param(ids));
        Evidence.supportedBy(w, Subject.DEADLINE, "e", asOf);
        return w.bind(em().createQuery("select e.commitment.id, e.slug, e.description from Deadline e" + w.clause()
                + " order by coalesce(e.due.earliest, {d '9999-12-31'}), e.slug", Object[].class)).getResultList();
    }

    private static Map<Long, List<RecordRef>> parties(List<Long> ids, PartyRelation relation) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return RecordRef.group(em().createQuery("select cp.commitment.id, p.slug, p.name from CommitmentParty cp"
                + " join cp.participant p where cp.commitment.id in :ids and cp.relation = :r order by p.name",
                Object[].class).setParameter("ids", ids).setParameter("r", relation).getResultList(), "participant");
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
