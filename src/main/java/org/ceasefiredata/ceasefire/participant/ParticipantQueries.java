package org.ceasefiredata.ceasefire.participant;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.ceasefiredata.ceasefire.web.ListRequest;
import org.ceasefiredata.ceasefire.web.Listing;
import org.ceasefiredata.ceasefire.web.PageView;
import org.ceasefiredata.ceasefire.web.SortField;
import org.ceasefiredata.ceasefire.web.SortKey;
import org.ceasefiredata.ceasefire.web.Where;

import io.quarkus.hibernate.orm.panache.Panache;

/** How participants are filtered, sorted and assembled into views (REST and GraphQL). */
public final class ParticipantQueries {

    static final SortField NAME = SortField.text("name", "lower(e.name)");
    static final SortField SLUG = SortField.text("slug", "e.slug");
    public static final List<SortField> SORT = List.of(NAME, SLUG, SortField.text("kind", "str(e.kind)"));
    public static final List<SortKey> DEFAULT = List.of(new SortKey(NAME, false), new SortKey(SLUG, false));
    public static final Set<String> FILTERS = Set.of("name", "kind", "memberOf", "q", "slug");
    public static final Set<String> INCLUDES = Set.of("memberships", "members");

    private ParticipantQueries() {
    }

    public static ListRequest request(UriInfo uri) {
        return ListRequest.of(uri, FILTERS, SORT, DEFAULT, INCLUDES);
    }

    public static PageView<ParticipantView> list(ListRequest r, Consumer<Where> fixed) {
        return PageView.of(page(r, fixed), r, rows -> views(rows, r.asOf(), r.includes("memberships"), r.includes("members")));
    }

    /** The entities of one page matching the request's filters and {@code fixed} (e.g. a parent record). */
    public static Listing.Page<Participant> page(ListRequest r, Consumer<Where> fixed) {
        Where w = new Where();
        fixed.accept(w);
        List<String> names = r.values("name");
        if (!names.isEmpty()) {
            w.and("exists (select 1 from ParticipantName n where n.participant = e and n.lookupKey in "
                    + w.param(names.stream().map(ParticipantName::lookupKey).toList()) + ")");
        }
        List<ParticipantKind> kinds = r.enums("kind", ParticipantKind.class);
        if (!kinds.isEmpty()) {
            w.and("e.kind in " + w.param(kinds));
        }
        Set<Long> groups = ParticipantRefs.resolve(r, "memberOf");
        if (groups != null) {
            w.and("exists (select 1 from Membership m where m.member = e and m.group.id in " + w.param(groups) + ")");
        }
        String q = r.value("q");
        if (q != null) {
            String like = w.contains(q);
            w.and("lower(coalesce(e.description, '')) like " + like + " escape '!'"
                    + " or exists (select 1 from ParticipantName n where n.participant = e and lower(n.name) like " + like
                    + " escape '!')");
        }
        List<String> slugs = r.values("slug");
        if (!slugs.isEmpty()) {
            w.and("e.slug in " + w.param(slugs));
        }
        Evidence.supportedBy(w, Subject.PARTICIPANT, "e", r.asOf());
        r.validate();
        return Listing.page(em(), Participant.class, "from Participant e", w, r);
    }

    public static Optional<ParticipantView> get(String slug, LocalDate asOf) {
        Where w = new Where();
        w.and("e.slug = " + w.param(slug));
        Evidence.supportedBy(w, Subject.PARTICIPANT, "e", asOf);
        List<Participant> found = w.bind(em().createQuery("select e from Participant e" + w.clause(), Participant.class))
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(views(found, asOf, true, true).get(0));
    }

    static List<ParticipantView> views(List<Participant> participants, LocalDate asOf, boolean memberships,
            boolean members) {
        List<Long> ids = participants.stream().map(p -> p.id).toList();
        Map<Long, List<CitationView>> citations = Evidence.citations(Subject.PARTICIPANT, ids, asOf);
        Map<Long, List<ClaimView>> claims = Evidence.claims(Subject.PARTICIPANT, ids, asOf);
        Map<Long, List<ParticipantView.NameView>> names = new LinkedHashMap<>();
        Map<Long, List<ParticipantView.OfficeView>> offices = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (ParticipantName n : em().createQuery("select n from ParticipantName n where n.participant.id in :ids"
                    + " order by case when n.kind = :preferred then 0 else 1 end, n.name", ParticipantName.class)
                    .setParameter("ids", ids).setParameter("preferred", NameKind.PREFERRED).getResultList()) {
                names.computeIfAbsent(n.participant.id, k -> new ArrayList<>())
                        .add(new ParticipantView.NameView(n.name, n.kind, n.since == null ? null : n.since.toPartialDate()));
            }
            List<ParticipantOffice> rows = em().createQuery("select o from ParticipantOffice o left join fetch o.organization"
                    + " where o.participant.id in :ids order by o.title", ParticipantOffice.class)
                    .setParameter("ids", ids).getResultList();
            Map<Long, List<CitationView>> evidence = Evidence.citations(Subject.PARTICIPANT_OFFICE,
                    rows.stream().map(o -> o.id).toList(), asOf);
            for (ParticipantOffice o : rows) {
                List<CitationView> support = evidence.getOrDefault(o.id, List.of());
                if (asOf == null || !support.isEmpty()) {
                    offices.computeIfAbsent(o.participant.id, k -> new ArrayList<>()).add(new ParticipantView.OfficeView(
                            o.title, o.organization == null
                                    ? null
                                    : RecordRef.participant(o.organization.slug,
                                            o.organization.name),
                            o.during == null ? null : o.during.toPartialDate(), support));
                }
            }
        }
        Map<Long, List<ParticipantView.MembershipView>> of = memberships ? memberships(ids, asOf, "member") : null;
        Map<Long, List<ParticipantView.MembershipView>> in = members ? memberships(ids, asOf, "group") : null;
        return participants.stream()
                .map(p -> new ParticipantView(p.slug, p.kind, p.name, p.description, names.getOrDefault(p.id, List.of()),
                        offices.getOrDefault(p.id, List.of()), of == null ? null : of.getOrDefault(p.id, List.of()),
                        in == null ? null : in.getOrDefault(p.id, List.of()), citations.getOrDefault(p.id, List.of()),
                        claims.getOrDefault(p.id, List.of())))
                .toList();
    }

    /** Memberships where the participants are the {@code side} ("member" or "group"), by participant id. */
    private static Map<Long, List<ParticipantView.MembershipView>> memberships(List<Long> ids, LocalDate asOf, String side) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Membership> rows = em().createQuery("select m from Membership m join fetch m.member join fetch m.group where m."
                + side + ".id in :ids order by m.role, m.group.name, m.member.name", Membership.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, List<CitationView>> evidence = Evidence.citations(Subject.MEMBERSHIP, rows.stream().map(m -> m.id).toList(),
                asOf);
        Map<Long, List<ParticipantView.MembershipView>> grouped = new LinkedHashMap<>();
        for (Membership m : rows) {
            List<CitationView> support = evidence.getOrDefault(m.id, List.of());
            if (asOf == null || !support.isEmpty()) {
                Long key = side.equals("member") ? m.member.id : m.group.id;
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(new ParticipantView.MembershipView(
                        RecordRef.participant(m.member.slug, m.member.name), RecordRef.participant(m.group.slug, m.group.name),
                        m.role, m.since == null ? null : m.since.toPartialDate(), support));
            }
        }
        return grouped;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
