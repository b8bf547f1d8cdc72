package org.ceasefiredata.ceasefire.commitment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

/** How deadlines are filtered, sorted and assembled into views (REST and GraphQL). */
public final class DeadlineQueries {

    static final SortField DUE = SortField.date("due", "coalesce(e.due.earliest, {d '9999-12-31'})");
    static final SortField DUE_END = SortField.date("dueEnd", "coalesce(e.due.latest, {d '9999-12-31'})");
    static final SortField SLUG = SortField.text("slug", "e.slug");
    public static final List<SortField> SORT = List.of(DUE, DUE_END, SLUG, SortField.text("status", "str(e.status)"));
    public static final List<SortKey> DEFAULT = List.of(new SortKey(DUE, false), new SortKey(DUE_END, false),
            new SortKey(SLUG, false));
    public static final Set<String> FILTERS = Set.of("from", "to", "participant", "status", "type", "commitment", "meeting",
            "q", "slug");
    public static final Set<String> INCLUDES = Set.of("history");

    private DeadlineQueries() {
    }

    public static ListRequest request(UriInfo uri) {
        return ListRequest.of(uri, FILTERS, SORT, DEFAULT, INCLUDES);
    }

    public static PageView<DeadlineView> list(ListRequest r, Consumer<Where> fixed) {
        return PageView.of(page(r, fixed), r, rows -> views(rows, r.asOf(), r.includes("history")));
    }

    /** The entities of one page matching the request's filters and {@code fixed} (e.g. a parent record). */
    public static Listing.Page<Deadline> page(ListRequest r, Consumer<Where> fixed) {
        Where w = new Where();
        fixed.accept(w);
        ListRequest.Range range = r.range();
        Listing.overlapping(em(), w, "Deadline", "due", range);
        Set<Long> setters = ParticipantRefs.resolve(r, "participant");
        if (setters != null) {
            w.and("exists (select 1 from DeadlineSetter s where s.deadline = e and s.participant.id in " + w.param(setters)
                    + ")");
        }
        List<DeadlineStatus> statuses = r.enums("status", DeadlineStatus.class);
        if (!statuses.isEmpty()) {
            w.and(Assessments.statusExpression("deadline", r.asOf(), w) + " in "
                    + w.param(statuses.stream().map(Enum::name).toList()));
        }
        Set<String> types = new LinkedHashSet<>(r.values("type"));
        types.stream().filter(t -> !t.equals("absolute") && !t.equals("relative"))
                .forEach(t -> r.reject("type", "must be absolute or relative, was '" + t + "'"));
        if (types.size() == 1 && types.contains("relative")) {
            w.and("e.offsetPeriod is not null");
        } else if (types.size() == 1 && types.contains("absolute")) {
            w.and("e.offsetPeriod is null");
        }
        List<String> commitments = r.values("commitment");
        if (!commitments.isEmpty()) {
            w.and("e.commitment.slug in " + w.param(commitments));
        }
        List<String> meetings = r.values("meeting");
        if (!meetings.isEmpty()) {
            w.and("e.meeting.slug in " + w.param(meetings));
        }
        String q = r.value("q");
        if (q != null) {
            String like = w.contains(q);
            w.and("lower(e.description) like " + like + " escape '!' or lower(e.expression) like " + like + " escape '!'");
        }
        List<String> slugs = r.values("slug");
        if (!slugs.isEmpty()) {
            w.and("e.slug in " + w.param(slugs));
        }
        Evidence.supportedBy(w, Subject.DEADLINE, "e", r.asOf());
        if (r.asOf() != null && r.sort().stream().anyMatch(k -> k.field().name().equals("status"))) {
            r.reject("sort", "cannot sort by status together with asOf (statuses as of a day are computed per record)");
        }
        r.validate();
        return Listing.page(em(), Deadline.class, "from Deadline e", w, r);
    }

    public static Optional<DeadlineView> get(String slug, LocalDate asOf) {
        Where w = new Where();
        w.and("e.slug = " + w.param(slug));
        Evidence.supportedBy(w, Subject.DEADLINE, "e", asOf);
        List<Deadline> found = w.bind(em().createQuery("select e from Deadline e" + w.clause(), Deadline.class))
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(views(found, asOf, true).get(0));
    }

    static List<DeadlineView> views(List<Deadline> deadlines, LocalDate asOf, boolean history) {
        List<Long> ids = deadlines.stream().map(d -> d.id).toList();
        Map<Long, List<CitationView>> citations = Evidence.citations(Subject.DEADLINE, ids, asOf);
        Map<Long, List<ClaimView>> claims = Evidence.claims(Subject.DEADLINE, ids, asOf);
        Map<Long, List<AssessmentView>> assessments = history || asOf != null
                ? Assessments.history(Subject.DEADLINE, ids, asOf)
                : Map.of();
        Map<Long, List<RecordRef>> setters = ids.isEmpty()
                ? Map.of()
                : RecordRef.group(em().createQuery(
                        "select s.deadline.id, p.slug, p.name from DeadlineSetter s join s.participant p where s.deadline.id in :ids"
                                + " order by p.name",
                        Object[].class).setParameter("ids", ids).getResultList(), "participant");
        Map<Long, RecordRef> commitments = new LinkedHashMap<>();
        Map<Long, RecordRef> meetings = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em().createQuery("select e.id, c.slug, c.summary, m.slug, m.title from Deadline e"
                    + " left join e.commitment c left join e.meeting m where e.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                if (r[1] != null) {
                    commitments.put((Long) r[0], RecordRef.commitment((String) r[1], (String) r[2]));
                }
                if (r[3] != null) {
                    meetings.put((Long) r[0], RecordRef.meeting((String) r[3], (String) r[4]));
                }
            }
        }
        return deadlines.stream().map(d -> {
            List<AssessmentView> h = assessments.getOrDefault(d.id, List.of());
            DeadlineStatus status = asOf == null ? d.status : Wire.parse(DeadlineStatus.class, Assessments.statusAsOf(h));
            return new DeadlineView(d.slug, d.description, d.expression, d.offsetPeriod == null ? "absolute" : "relative",
                    d.due == null ? null : d.due.toPartialDate(), d.anchor == null ? null : d.anchor.toPartialDate(),
                    d.anchorEvent, d.offsetPeriod, status, commitments.get(d.id), meetings.get(d.id),
                    setters.getOrDefault(d.id, List.of()), history ? h : null, citations.getOrDefault(d.id, List.of()),
                    claims.getOrDefault(d.id, List.of()));
        }).toList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
