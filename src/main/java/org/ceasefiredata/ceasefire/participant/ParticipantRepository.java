package org.ceasefiredata.ceasefire.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.evidence.CitationRow;
import org.ceasefiredata.ceasefire.evidence.EvidenceRepository;
import org.ceasefiredata.ceasefire.evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.ceasefiredata.ceasefire.paging.ListQuery;
import org.ceasefiredata.ceasefire.paging.Lists;
import org.ceasefiredata.ceasefire.paging.Page;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.paging.Params;
import org.ceasefiredata.ceasefire.paging.Row;
import org.ceasefiredata.ceasefire.paging.SortField;
import org.ceasefiredata.ceasefire.paging.SortKey;
import org.ceasefiredata.ceasefire.paging.Sql;
import org.ceasefiredata.ceasefire.paging.Where;
import org.ceasefiredata.ceasefire.paging.Words;

/** Every query about participants: the list, lookups, name resolution, and their names, offices and memberships. */
@ApplicationScoped
public class ParticipantRepository {

    public static final SortField NAME = ParticipantOrderField.NAME.field();
    public static final SortField SLUG = ParticipantOrderField.SLUG.field();
    public static final List<SortField> SORT = SortField.of(ParticipantOrderField.values());
    public static final List<SortKey> DEFAULT_SORT = List.of(SortKey.asc(NAME), SortKey.asc(SLUG));

    /**
     * How well a participant matches the {@code name} filter, best first: 0 a whole name, 1 whole words of its names, 2
     * only beginnings of words. Put before the default order when the filter is given (its parameters are bound then).
     */
    static final SortField MATCH = new SortField("match", "case when exists (select 1 from participant_name n where"
            + " n.participant_id = e.id and n.lookup_key = any(:name_keys)) then 0 when exists (select 1 from search_entry s"
            + " where s.kind = 'participant' and s.slug = e.slug and s.tsv @@ cast(:name_words as tsquery)) then 1 else 2 end",
            SortField.Type.NUMBER);

    /** The columns a {@link ParticipantRow} is read from, for a participant joined as {@code e}. */
    public static final String COLUMNS = columns("e", "");

    @Inject
    Sql sql;
    @Inject
    Lists lists;
    @Inject
    EvidenceRepository evidence;
    @Inject
    Words words;

    /** The columns of participant {@code alias}, named with {@code prefix} ({@code group_id}, ...). */
    public static String columns(String alias, String prefix) {
        return java.util.stream.Stream.of("id", "slug", "kind", "name", "description", "basis")
                .map(c -> alias + "." + c + " as " + prefix + c).collect(java.util.stream.Collectors.joining(", "));
    }

    /** A participant read with {@link #COLUMNS}. */
    public static ParticipantRow read(Row r) throws java.sql.SQLException {
        return row(r, "");
    }

    /** A participant read with {@link #columns} (columns may carry a prefix: {@code group_}). */
    static ParticipantRow row(Row r, String prefix) throws java.sql.SQLException {
        return new ParticipantRow(r.id(prefix + "id"), r.text(prefix + "slug"),
                r.constant(ParticipantKind.class, prefix + "kind"), r.text(prefix + "name"), r.text(prefix + "description"),
                r.constant(Basis.class, prefix + "basis"));
    }

    /** One page of the participant list; with a name filter, by default the best matches first. */
    public Page<ParticipantRow> page(ParticipantFilter filter, PageRequest page) {
        PageRequest request = page;
        if (filter != null && filter.name != null && !filter.name.isEmpty() && page.sort().equals(DEFAULT_SORT)) {
            List<SortKey> ranked = new ArrayList<>(List.of(SortKey.asc(MATCH)));
            ranked.addAll(DEFAULT_SORT);
            request = page.sortedBy(ranked);
        }
        return lists.page(query(filter), request, r -> row(r, ""));
    }

    ListQuery query(ParticipantFilter filter) {
        ParticipantFilter.Checked f = filter == null ? new ParticipantFilter().check() : filter.check();
        Where w = new Where();
        if (f.name() != null) {
            // A name as written (any spelling), or the beginnings of the words of any of its names ("Serg Lav"), by
            // the search's prefix rule over the names in the participant's search entry (its GIN index).
            w.params().bind("name_keys", f.name().stream().map(ParticipantName::lookupKey).toList());
            String exact = "exists (select 1 from participant_name n where n.participant_id = e.id and n.lookup_key = any("
                    + ":name_keys))";
            List<Words.Terms> terms = f.name().stream().map(words::of).filter(t -> !t.isEmpty()).toList();
            w.params().bind("name_words", String.join(" | ", terms.stream().map(t -> "(" + t.exactInNames() + ")").toList()));
            w.and(terms.isEmpty()
                    ? exact
                    : exact + " or exists (select 1 from search_entry s where s.kind = 'participant'"
                            + " and s.slug = e.slug and s.tsv @@ cast(" + w.param(String.join(" | ",
                                    terms.stream().map(t -> "(" + t.prefixInNames() + ")").toList()))
                            + " as tsquery))");
        }
        if (f.kind() != null) {
            w.and("e.kind = any(" + w.param(f.kind()) + ")");
        }
        if (f.memberOf() != null) {
            w.and("exists (select 1 from membership m where m.member_id = e.id and m.group_id = any("
                    + w.param(List.copyOf(resolve(f.memberOf(), "memberOf"))) + "))");
        }
        if (f.text() != null) {
            String like = w.contains(f.text());
            w.and("lower(coalesce(e.description, '')) like " + like + " escape '!' or exists (select 1 from participant_name n"
                    + " where n.participant_id = e.id and lower(n.name) like " + like + " escape '!')");
        }
        if (f.slug() != null) {
            w.and("e.slug = any(" + w.param(f.slug()) + ")");
        }
        EvidenceRepository.knownOn(w, Subject.PARTICIPANT, "e", f.asOf());
        return new ListQuery("participants", COLUMNS, "participant e", w);
    }

    /**
     * The participants named by a filter's values, each a slug or any name of a participant.
     *
     * @throws InvalidInput naming every value that is neither
     */
    public Set<Long> resolve(List<String> values, String parameter) {
        Set<Long> ids = new LinkedHashSet<>();
        List<InvalidInput.Violation> unknown = new ArrayList<>();
        for (String value : values) {
            List<Long> found = idsBySlugOrName(value);
            if (found.isEmpty()) {
                unknown.add(new InvalidInput.Violation(parameter, "no participant has the slug or name '" + value + "'"));
            }
            ids.addAll(found);
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        return ids;
    }

    /** The participant with this slug, or else the participants known by this name (any spelling). */
    public List<Long> idsBySlugOrName(String value) {
        return lists.memo("participant-ref|" + value, () -> {
            List<Long> bySlug = sql.list("select id from participant where slug = :v", new Params().bind("v", value),
                    r -> r.id("id"));
            return bySlug.isEmpty()
                    ? sql.list("select distinct participant_id as id from participant_name where lookup_key = :k"
                            + " order by participant_id", new Params().bind("k", ParticipantName.lookupKey(value)),
                            r -> r.id("id"))
                    : bySlug;
        });
    }

    /** Participants by id, as known on {@code asOf} (absent when no source had reported them by then). */
    public Map<Long, ParticipantRow> byIds(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        w.and("e.id = any(" + w.param(List.copyOf(ids)) + ")");
        EvidenceRepository.knownOn(w, Subject.PARTICIPANT, "e", asOf);
        Map<Long, ParticipantRow> found = new LinkedHashMap<>();
        sql.lookup("select " + COLUMNS + " from participant e" + w.clause(), w.params(), r -> row(r, ""))
                .forEach(p -> found.put(p.id(), p));
        return found;
    }

    /** One participant by slug, as known on {@code asOf}. */
    public Optional<ParticipantRow> bySlug(String slug, LocalDate asOf) {
        Where w = new Where();
        w.and("e.slug = " + w.param(slug));
        EvidenceRepository.knownOn(w, Subject.PARTICIPANT, "e", asOf);
        return sql.one("select " + COLUMNS + " from participant e" + w.clause(), w.params(), r -> row(r, ""));
    }

    /** Every name of the participants, the preferred one first, then alphabetically; by participant id. */
    public Map<Long, List<ParticipantDetails.Name>> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ParticipantDetails.Name>> grouped = new LinkedHashMap<>();
        sql.lookup("select n.participant_id, n.name, n.kind, n.since_value, n.since_earliest, n.since_latest,"
                + " n.since_precision from participant_name n where n.participant_id = any(:ids)"
                + " order by case when n.kind = 'PREFERRED' then 0 else 1 end, n.name",
                new Params().bind("ids", List.copyOf(ids)),
                r -> new ParticipantDetails.Name(r.id("participant_id"), r.text("name"), r.constant(NameKind.class, "kind"),
                        r.partialDate("since")))
                .forEach(n -> grouped.computeIfAbsent(n.participantId(), k -> new ArrayList<>()).add(n));
        return grouped;
    }

    /** Offices held by the participants, by title; as of a day, those with a source published by then. */
    public Map<Long, List<ParticipantDetails.Office>> offices(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = sql.lookup("select o.id as office_id, o.participant_id, o.title, o.during_value,"
                + " o.during_earliest, o.during_latest, o.during_precision, " + COLUMNS
                + " from participant_office o left join participant e on e.id = o.organization_id"
                + " where o.participant_id = any(:ids) order by o.title, o.id", new Params().bind("ids", List.copyOf(ids)),
                r -> new Object[]{r.id("office_id"), r.id("participant_id"), r.text("title"), r.partialDate("during"),
                        r.optionalId("id") == null ? null : row(r, "")});
        Map<Long, List<CitationRow>> support = evidence.citations(Subject.PARTICIPANT_OFFICE,
                rows.stream().map(o -> (Long) o[0]).toList(), asOf);
        Map<Long, List<ParticipantDetails.Office>> grouped = new LinkedHashMap<>();
        for (Object[] o : rows) {
            List<CitationRow> citations = support.getOrDefault((Long) o[0], List.of());
            if (asOf == null || !citations.isEmpty()) {
                grouped.computeIfAbsent((Long) o[1], k -> new ArrayList<>()).add(new ParticipantDetails.Office((Long) o[0],
                        (Long) o[1], (String) o[2], (ParticipantRow) o[4],
                        (org.ceasefiredata.ceasefire.kernel.PartialDate) o[3],
                        citations));
            }
        }
        return grouped;
    }

    /**
     * Memberships where the participants are the member ({@code asMember} true) or the group, ordered by role, group
     * name, member name; by participant id. As of a day, those with a source published by then.
     */
    public Map<Long, List<ParticipantDetails.Membership>> memberships(Collection<Long> ids, LocalDate asOf,
            boolean asMember) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = sql.lookup("select m.id as membership_id, m.role, m.since_value, m.since_earliest,"
                + " m.since_latest, m.since_precision, " + columns("mb", "member_") + ", "
                + columns("g", "group_") + " from membership m"
                + " join participant mb on mb.id = m.member_id join participant g on g.id = m.group_id where m."
                + (asMember ? "member_id" : "group_id") + " = any(:ids) order by m.role, g.name, mb.name, m.id",
                new Params().bind("ids", List.copyOf(ids)),
                r -> new Object[]{r.id("membership_id"), r.constant(MembershipRole.class, "role"), r.partialDate("since"),
                        row(r, "member_"), row(r, "group_")});
        Map<Long, List<CitationRow>> support = evidence.citations(Subject.MEMBERSHIP,
                rows.stream().map(m -> (Long) m[0]).toList(), asOf);
        Map<Long, List<ParticipantDetails.Membership>> grouped = new LinkedHashMap<>();
        for (Object[] m : rows) {
            List<CitationRow> citations = support.getOrDefault((Long) m[0], List.of());
            if (asOf == null || !citations.isEmpty()) {
                ParticipantRow member = (ParticipantRow) m[3];
                ParticipantRow group = (ParticipantRow) m[4];
                grouped.computeIfAbsent(asMember ? member.id() : group.id(), k -> new ArrayList<>())
                        .add(new ParticipantDetails.Membership((Long) m[0], member, group, (MembershipRole) m[1],
                                (org.ceasefiredata.ceasefire.kernel.PartialDate) m[2], citations));
            }
        }
        return grouped;
    }
}
