package org.ceasefiredata.ceasefire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/**
 * What a load changes in the dataset, per kind of record: added, changed and removed, so that the log says what is
 * about to be committed (#11). Taken in SQL inside the load's transaction: a digest of every row before the write
 * (kept in a temporary table dropped at commit) compared with the rows after it.
 * <p>
 * Records with a slug are matched by slug, so an edited meeting is one change. The records that hang off them (names,
 * citations, mentions...) have no stable key and are rewritten on every load: they are compared as sets of contents,
 * so an edited citation counts as one removed and one added.
 */
public record LoadChanges(List<Change> changes) {

    /** The changes to one kind of record; {@code changed} is 0 for kinds without a key. */
    public record Change(String kind, long added, long changed, long removed) {

        boolean any() {
            return added + changed + removed > 0;
        }

        @Override
        public String toString() {
            return kind + " +" + added + (changed > 0 ? " ~" + changed : "") + " -" + removed;
        }
    }

    /** A table of the dataset: the kind's name in the log, its key (null: none) and the ids that a load renumbers. */
    private record Kind(String name, String table, String key, List<String> unstable) {

        String digest() {
            List<String> left = new ArrayList<>(unstable);
            left.add(0, "id");
            return "md5((to_jsonb(t) - array[" + left.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
                    + "]::text[])::text)";
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("documents", "source_document", "slug", List.of()),
            new Kind("participants", "participant", "slug", List.of()),
            new Kind("meetings", "meeting", "slug", List.of()),
            new Kind("commitments", "commitment", "slug", List.of()),
            new Kind("deadlines", "deadline", "slug", List.of()),
            new Kind("participant names", "participant_name", null, List.of()),
            new Kind("offices", "participant_office", null, List.of()),
            new Kind("memberships", "membership", null, List.of()),
            new Kind("meeting participants", "meeting_participant", null, List.of()),
            new Kind("commitment parties", "commitment_party", null, List.of()),
            new Kind("deadline setters", "deadline_setter", null, List.of()),
            new Kind("status assessments", "status_assessment", null, List.of()),
            new Kind("claims", "claim", null, List.of()),
            new Kind("citations", "citation", null, List.of("participant_name_id", "participant_office_id",
                    "membership_id", "meeting_participant_id", "status_assessment_id", "claim_id")),
            new Kind("mentions", "mention", null, List.of()),
            new Kind("set-apart segments", "set_apart_segment", null, List.of()));

    /** Records the digest of every dataset row, in this transaction, for {@link #since}. */
    static void snapshot(EntityManager em) {
        em.createNativeQuery("create temp table if not exists seed_change_before (kind text not null, key text,"
                + " digest text not null) on commit drop").executeUpdate();
        em.createNativeQuery("truncate seed_change_before").executeUpdate();
        for (Kind kind : KINDS) {
            em.createNativeQuery("insert into seed_change_before select '" + kind.table() + "', "
                    + (kind.key() == null ? "null" : "t." + kind.key()) + ", " + kind.digest() + " from " + kind.table()
                    + " t").executeUpdate();
        }
    }

    /** The changes since {@link #snapshot} (written rows must have been flushed). */
    static LoadChanges since(EntityManager em) {
        List<Change> changes = new ArrayList<>();
        for (Kind kind : KINDS) {
            Object[] row;
            if (kind.key() != null) {
                row = (Object[]) em.createNativeQuery("with now as (select t." + kind.key() + " as key, " + kind.digest()
                        + " as digest from " + kind.table() + " t), before as (select key, digest from"
                        + " seed_change_before where kind = '" + kind.table() + "')"
                        + " select count(*) filter (where before.key is null),"
                        + " count(*) filter (where now.key is not null and before.key is not null"
                        + " and now.digest <> before.digest),"
                        + " count(*) filter (where now.key is null)"
                        + " from now full join before on now.key = before.key").getSingleResult();
            } else {
                row = (Object[]) em.createNativeQuery("with now as (select " + kind.digest() + " as digest, count(*) as n"
                        + " from " + kind.table() + " t group by 1), before as (select digest, count(*) as n from"
                        + " seed_change_before where kind = '" + kind.table() + "' group by 1)"
                        + " select coalesce(sum(greatest(coalesce(now.n, 0) - coalesce(before.n, 0), 0)), 0), 0,"
                        + " coalesce(sum(greatest(coalesce(before.n, 0) - coalesce(now.n, 0), 0)), 0)"
                        + " from now full join before on now.digest = before.digest").getSingleResult();
            }
            changes.add(new Change(kind.name(), number(row[0]), number(row[1]), number(row[2])));
        }
        return new LoadChanges(List.copyOf(changes));
    }

    /** The change to one kind ({@code "meetings"}), for tests and tools. */
    public Change of(String kind) {
        return changes.stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Override
    public String toString() {
        List<Change> any = changes.stream().filter(Change::any).toList();
        return any.isEmpty()
                ? "no record added, changed or removed"
                : any.stream().map(Change::toString).collect(Collectors.joining(", "))
                        + " (+ added, ~ changed, - removed; other kinds unchanged)";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
