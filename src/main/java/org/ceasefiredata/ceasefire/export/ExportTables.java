package org.ceasefiredata.ceasefire.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ceasefiredata.ceasefire.export.ExportRows.CitationRow;
import org.ceasefiredata.ceasefire.export.ExportRows.ClaimRow;
import org.ceasefiredata.ceasefire.export.ExportRows.CommitmentPartyRow;
import org.ceasefiredata.ceasefire.export.ExportRows.CommitmentRow;
import org.ceasefiredata.ceasefire.export.ExportRows.DeadlineRow;
import org.ceasefiredata.ceasefire.export.ExportRows.DeadlineSetterRow;
import org.ceasefiredata.ceasefire.export.ExportRows.DocumentRow;
import org.ceasefiredata.ceasefire.export.ExportRows.MeetingParticipantRow;
import org.ceasefiredata.ceasefire.export.ExportRows.MeetingRow;
import org.ceasefiredata.ceasefire.export.ExportRows.MembershipRow;
import org.ceasefiredata.ceasefire.export.ExportRows.MentionRow;
import org.ceasefiredata.ceasefire.export.ExportRows.ParticipantNameRow;
import org.ceasefiredata.ceasefire.export.ExportRows.ParticipantOfficeRow;
import org.ceasefiredata.ceasefire.export.ExportRows.ParticipantRow;
import org.ceasefiredata.ceasefire.export.ExportRows.StatusAssessmentRow;

/**
 * The exported tables, in an order where every table comes after the tables it references (except a meeting's series,
 * which references its own table), with the SQL that reads each one sorted by its natural key. Text is sorted with the
 * "C" collation so that the order, and so the files, are the same on every database whatever its locale.
 */
public final class ExportTables {

    private ExportTables() {
    }

    /** Enumerations are stored as constant names (CO_CHAIR) and exported as on the API (co-chair). */
    private static String wire(String expression) {
        return "lower(replace(" + expression + ", '_', '-'))";
    }

    /** The four columns of a stored date window: {@code _value}, {@code _earliest}, {@code _latest}, {@code _precision}. */
    private static String date(String column, String as) {
        return column + "_value as " + as + "_value, " + column + "_earliest as " + as + "_earliest, " + column
                + "_latest as " + as + "_latest, " + wire(column + "_precision") + " as " + as + "_precision";
    }

    /** Sorts text byte-wise, the same on every database. */
    private static String c(String expression) {
        return expression + " collate \"C\"";
    }

    /** A natural key as {@link StableId#name} joins it (without the repeat suffix): values, empty for null, U+001F between. */
    private static String joined(String... values) {
        return Arrays.stream(values).map(v -> "coalesce((" + v + ")::text, '')").collect(Collectors.joining(" || chr(31) || "));
    }

    /**
     * A common table expression {@code name(id, k)} for a table whose natural key the database keeps unique: for every
     * row, its database id and its natural key joined as {@link StableId#name} does (the text a column referencing it
     * holds, turned into the id by the writer).
     */
    private static String uniqueKeys(String name, String from, String... naturalKey) {
        return name + " as (select x.id, " + joined(naturalKey) + " as k " + from + ")";
    }

    /**
     * The same for a table whose natural key the database does not keep unique: a repeated record is ranked by its
     * database id and gets {@code #n} appended from the second on, as the writer does for the table itself (whose
     * query sorts by the natural key, then the id). {@code partition} is the natural key in the database's own columns
     * (ids rather than slugs: the same groups, cheaper to sort).
     */
    private static String rankedKeys(String name, String from, String partition, String... naturalKey) {
        return name + " as (select id, k || case when n > 1 then chr(31) || '#' || n else '' end as k "
                + "from (select x.id, " + joined(naturalKey) + " as k, row_number() over (partition by " + partition
                + " order by x.id) as n " + from + ") ranked)";
    }

    /** The natural keys of every table without a slug that citations reference. */
    private static final String CITED_KEYS = "with "
            + uniqueKeys("pn", "from participant_name x join participant p on p.id = x.participant_id", "p.slug", "x.name")
            + ",\n"
            + rankedKeys("po", "from participant_office x join participant p on p.id = x.participant_id "
                    + "left join participant g on g.id = x.organization_id",
                    "x.participant_id, x.title, x.organization_id, coalesce(x.during_value, '')", "p.slug", "x.title",
                    "g.slug", "x.during_value")
            + ",\n"
            + uniqueKeys("ms", "from membership x join participant p on p.id = x.member_id "
                    + "join participant g on g.id = x.group_id", "p.slug", "g.slug", wire("x.role"))
            + ",\n"
            + uniqueKeys("mp", "from meeting_participant x join meeting m on m.id = x.meeting_id "
                    + "join participant p on p.id = x.participant_id", "m.slug", "p.slug", wire("x.role"))
            + ",\n"
            + rankedKeys("sa", "from status_assessment x left join commitment c on c.id = x.commitment_id "
                    + "left join deadline d on d.id = x.deadline_id", "x.commitment_id, x.deadline_id, x.position",
                    "c.slug", "d.slug", "x.position")
            + ",\n"
            + rankedKeys("cl", "from claim x left join participant p on p.id = x.participant_id "
                    + "left join meeting m on m.id = x.meeting_id left join commitment c on c.id = x.commitment_id "
                    + "left join deadline d on d.id = x.deadline_id",
                    "x.participant_id, x.meeting_id, x.commitment_id, x.deadline_id, x.about, x.value", "p.slug", "m.slug",
                    "c.slug", "d.slug", "x.about", "x.value")
            + "\n";

    /**
     * The tables. The query of a table keyed by a derived id sorts by its natural key, then by database id, so that
     * rows repeating a natural key are adjacent and numbered in the same order as {@link #rankedKeys} numbers them.
     */
    public static final List<ExportTable> ALL = List.of(
            ExportTable.of(DocumentRow.class, "source_document",
                    "select slug, file_name, sha256, title, outlet, agency, url, language as language_tag, "
                            + date("published", "published") + ", published_basis, dateline, notes, curated, " + wire("basis")
                            + " as basis "
                            + "from source_document order by " + c("slug")),
            ExportTable.of(ParticipantRow.class, "participant", "select slug, " + wire("kind") + " as kind, name, description, "
                    + wire("basis") + " as basis from participant order by " + c("slug")),
            ExportTable.of(ParticipantNameRow.class, "participant_name", "select p.slug as participant, x.name, "
                    + wire("x.kind") + " as kind, " + date("x.since", "since")
                    + " from participant_name x join participant p on p.id = x.participant_id "
                    + "order by " + c("p.slug") + ", " + c("x.name") + ", x.id"),
            ExportTable.of(ParticipantOfficeRow.class, "participant_office", "select p.slug as participant, x.title, "
                    + "g.slug as organization, " + date("x.during", "during")
                    + " from participant_office x join participant p on p.id = x.participant_id "
                    + "left join participant g on g.id = x.organization_id order by " + c("p.slug") + ", " + c("x.title")
                    + ", " + c("g.slug") + " nulls first, " + c("x.during_value") + " nulls first, x.id"),
            ExportTable.of(MembershipRow.class, "membership", "select p.slug as participant, g.slug as member_of, "
                    + wire("x.role") + " as role, " + date("x.since", "since")
                    + " from membership x join participant p on p.id = x.member_id "
                    + "join participant g on g.id = x.group_id order by " + c("p.slug") + ", " + c("g.slug") + ", "
                    + c(wire("x.role")) + ", x.id"),
            ExportTable.of(MeetingRow.class, "meeting", "select m.slug, m.title, " + wire("m.kind") + " as kind, "
                    + "m.kind = 'SERIES' as is_series, " + wire("m.status") + " as status, m.place, m.country, "
                    + date("m.date", "date") + ", s.slug as part_of, m.outcome, " + wire("m.basis") + " as basis "
                    + "from meeting m left join meeting s on s.id = m.part_of_id order by " + c("m.slug")),
            ExportTable.of(MeetingParticipantRow.class, "meeting_participant", "select m.slug as meeting, "
                    + "p.slug as participant, " + wire("x.role") + " as role "
                    + "from meeting_participant x join meeting m on m.id = x.meeting_id "
                    + "join participant p on p.id = x.participant_id order by " + c("m.slug") + ", " + c("p.slug") + ", "
                    + c(wire("x.role")) + ", x.id"),
            ExportTable.of(CommitmentRow.class, "commitment", "select c.slug, c.summary, " + wire("c.kind") + " as kind, "
                    + "m.slug as meeting, " + date("c.date", "date") + ", " + wire("c.status") + " as status, "
                    + wire("c.basis") + " as basis "
                    + "from commitment c left join meeting m on m.id = c.meeting_id order by " + c("c.slug")),
            ExportTable.of(CommitmentPartyRow.class, "commitment_party", "select c.slug as commitment, "
                    + "p.slug as participant, " + wire("x.relation") + " as relation from commitment_party x "
                    + "join commitment c on c.id = x.commitment_id join participant p on p.id = x.participant_id "
                    + "order by " + c("c.slug") + ", " + c("p.slug") + ", " + c(wire("x.relation")) + ", x.id"),
            ExportTable.of(DeadlineRow.class, "deadline", "select d.slug, d.description, d.expression, c.slug as commitment, "
                    + "m.slug as meeting, " + date("d.due", "due") + ", " + date("d.anchor", "anchor")
                    + ", d.anchor_event, d.offset_period, " + wire("d.status") + " as status, " + wire("d.basis")
                    + " as basis from deadline d "
                    + "left join commitment c on c.id = d.commitment_id left join meeting m on m.id = d.meeting_id "
                    + "order by " + c("d.slug")),
            ExportTable.of(DeadlineSetterRow.class, "deadline_setter", "select d.slug as deadline, p.slug as participant "
                    + "from deadline_setter x join deadline d on d.id = x.deadline_id "
                    + "join participant p on p.id = x.participant_id order by " + c("d.slug") + ", " + c("p.slug")
                    + ", x.id"),
            ExportTable.of(StatusAssessmentRow.class, "status_assessment", "select c.slug as commitment, d.slug as deadline, "
                    + "x.position as history_position, " + wire("x.status") + " as status, x.note, " + date("x.as_of", "as_of")
                    + ", " + wire("x.basis") + " as basis from status_assessment x "
                    + "left join commitment c on c.id = x.commitment_id left join deadline d on d.id = x.deadline_id "
                    + "order by " + c("c.slug") + " nulls last, " + c("d.slug") + " nulls last, x.position, x.id"),
            ExportTable.of(ClaimRow.class, "claim", "select p.slug as participant, m.slug as meeting, c.slug as commitment, "
                    + "d.slug as deadline, x.about, x.value as claimed, " + wire("x.basis") + " as basis from claim x "
                    + "left join participant p on p.id = x.participant_id left join meeting m on m.id = x.meeting_id "
                    + "left join commitment c on c.id = x.commitment_id left join deadline d on d.id = x.deadline_id "
                    + "order by " + c("p.slug") + " nulls last, " + c("m.slug") + " nulls last, " + c("c.slug")
                    + " nulls last, " + c("d.slug") + " nulls last, " + c("x.about") + ", " + c("x.value") + ", x.id"),
            // In document order; the natural key (the fact, the document, the range) decides between citations of one
            // range, then the database id between repeated citations.
            ExportTable.of(CitationRow.class, "citation", CITED_KEYS + ", cited as (select x.id, x.quote, "
                    + "x.start_offset, x.end_offset, x.document_sha256, x.clean_quote, x.clean_start_offset, x.clean_end_offset, "
                    + "x.segment_kind, d.slug as document, p.slug as participant, "
                    + "pn.k as participant_name_id, po.k as participant_office_id, ms.k as membership_id, "
                    + "m.slug as meeting, mp.k as meeting_participant_id, co.slug as commitment, dl.slug as deadline, "
                    + "sa.k as status_assessment_id, cl.k as claim_id "
                    + "from citation x join source_document d on d.id = x.document_id "
                    + "left join participant p on p.id = x.participant_id left join pn on pn.id = x.participant_name_id "
                    + "left join po on po.id = x.participant_office_id left join ms on ms.id = x.membership_id "
                    + "left join meeting m on m.id = x.meeting_id left join mp on mp.id = x.meeting_participant_id "
                    + "left join commitment co on co.id = x.commitment_id left join deadline dl on dl.id = x.deadline_id "
                    + "left join sa on sa.id = x.status_assessment_id left join cl on cl.id = x.claim_id), "
                    + "facts as (select case when participant is not null then 'participant' "
                    + "when participant_name_id is not null then 'participant_name_id' "
                    + "when participant_office_id is not null then 'participant_office_id' "
                    + "when membership_id is not null then 'membership_id' when meeting is not null then 'meeting' "
                    + "when meeting_participant_id is not null then 'meeting_participant_id' "
                    + "when commitment is not null then 'commitment' when deadline is not null then 'deadline' "
                    + "when status_assessment_id is not null then 'status_assessment_id' else 'claim_id' end as fact, "
                    + "coalesce(participant, participant_name_id, participant_office_id, membership_id, meeting, "
                    + "meeting_participant_id, commitment, deadline, status_assessment_id, claim_id) as fact_key, cited.* "
                    + "from cited) "
                    + "select fact, document, quote, start_offset, end_offset, document_sha256, participant, "
                    + "participant_name_id, participant_office_id, membership_id, meeting, meeting_participant_id, "
                    + "commitment, deadline, status_assessment_id, claim_id, clean_quote, clean_start_offset, clean_end_offset, "
                    + "segment_kind from facts order by " + c("document")
                    + ", start_offset, end_offset, " + c("fact") + ", " + c("fact_key") + ", id"),
            ExportTable.of(MentionRow.class, "mention", "select d.slug as document, " + wire("x.kind") + " as kind, x.text, "
                    + "x.start_offset, x.end_offset, x.clean_start_offset, x.clean_end_offset, p.slug as participant, "
                    + "lower(x.date_kind) as date_kind, " + date("x.date", "date") + ", x.date_basis, x.segment_kind, "
                    + wire("x.name_kind") + " as name_kind, x.confidence from mention x "
                    + "join source_document d on d.id = x.document_id left join participant p on p.id = x.participant_id "
                    + "order by " + c("d.slug") + ", x.start_offset, x.end_offset, " + c(wire("x.kind")) + ", "
                    + c("p.slug") + " nulls first, x.id"));

    public static Optional<ExportTable> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The table names, comma-separated, for error messages. */
    public static String names() {
        return String.join(", ", ALL.stream().map(ExportTable::name).toList());
    }
}
