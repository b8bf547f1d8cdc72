package org.ceasefiredata.ceasefire.export;

import java.util.List;
import java.util.Optional;

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
 * which references its own table), with the SQL that reads each one sorted by its key.
 */
public final class ExportTables {

    private ExportTables() {
    }

    /**
     * Export ids of the tables without slugs: row numbers in a sort order made of slugs and values only, so that the
     * same seeds number the same rows whatever the database ids are. Unreferenced CTEs are never computed.
     */
    private static final String IDS = """
            with pn as (select n.id, row_number() over (order by p.slug, n.name) xid
                        from participant_name n join participant p on p.id = n.participant_id),
            po as (select o.id, row_number() over (order by p.slug, o.title, o.during_earliest nulls first,
                          g.slug nulls first, o.id) xid
                   from participant_office o join participant p on p.id = o.participant_id
                   left join participant g on g.id = o.organization_id),
            ms as (select x.id, row_number() over (order by m.slug, g.slug, x.role) xid
                   from membership x join participant m on m.id = x.member_id join participant g on g.id = x.group_id),
            mp as (select x.id, row_number() over (order by m.slug, p.slug, x.role) xid
                   from meeting_participant x join meeting m on m.id = x.meeting_id
                   join participant p on p.id = x.participant_id),
            cp as (select x.id, row_number() over (order by c.slug, x.relation, p.slug) xid
                   from commitment_party x join commitment c on c.id = x.commitment_id
                   join participant p on p.id = x.participant_id),
            ds as (select x.id, row_number() over (order by d.slug, p.slug) xid
                   from deadline_setter x join deadline d on d.id = x.deadline_id
                   join participant p on p.id = x.participant_id),
            sa as (select s.id, row_number() over (order by c.slug nulls last, d.slug nulls last, s.position, s.id) xid
                   from status_assessment s left join commitment c on c.id = s.commitment_id
                   left join deadline d on d.id = s.deadline_id),
            cl as (select x.id, row_number() over (order by p.slug nulls last, m.slug nulls last, c.slug nulls last,
                          d.slug nulls last, x.about, x.value, x.id) xid
                   from claim x left join participant p on p.id = x.participant_id
                   left join meeting m on m.id = x.meeting_id left join commitment c on c.id = x.commitment_id
                   left join deadline d on d.id = x.deadline_id)
            """;

    /** Enumerations are stored as constant names (CO_CHAIR) and exported as on the API (co-chair). */
    private static String wire(String expression) {
        return "lower(replace(" + expression + ", '_', '-'))";
    }

    /** The four columns of a stored date window: {@code prefix}, {@code _earliest}, {@code _latest}, {@code _precision}. */
    private static String date(String column, String as) {
        return column + "_value as " + as + ", " + column + "_earliest as " + as + "_earliest, " + column + "_latest as "
                + as + "_latest, " + wire(column + "_precision") + " as " + as + "_precision";
    }

    public static final List<ExportTable> ALL = List.of(
            ExportTable.of(DocumentRow.class, "source_document",
                    "select slug, file_name, sha256, title, outlet, agency, url, language, "
                            + date("published", "published") + ", published_basis, dateline, notes, curated "
                            + "from source_document order by slug"),
            ExportTable.of(ParticipantRow.class, "participant", "select slug, " + wire("kind") + " as kind, name, description "
                    + "from participant order by slug"),
            ExportTable.of(ParticipantNameRow.class, "participant_name",
                    IDS + "select pn.xid as id, p.slug as participant, n.name, "
                            + wire("n.kind") + " as kind, " + date("n.since", "since")
                            + " from participant_name n join pn on pn.id = n.id join participant p on p.id = n.participant_id "
                            + "order by pn.xid"),
            ExportTable.of(ParticipantOfficeRow.class, "participant_office", IDS
                    + "select po.xid as id, p.slug as participant, o.title, "
                    + "g.slug as organization, " + date("o.during", "during")
                    + " from participant_office o join po on po.id = o.id join participant p on p.id = o.participant_id "
                    + "left join participant g on g.id = o.organization_id order by po.xid"),
            ExportTable.of(MembershipRow.class, "membership",
                    IDS + "select ms.xid as id, m.slug as member, g.slug as \"group\", "
                            + wire("x.role") + " as role, " + date("x.since", "since")
                            + " from membership x join ms on ms.id = x.id join participant m on m.id = x.member_id "
                            + "join participant g on g.id = x.group_id order by ms.xid"),
            ExportTable.of(MeetingRow.class, "meeting", "select m.slug, m.title, " + wire("m.kind") + " as kind, "
                    + wire("m.status") + " as status, m.place, m.country, " + date("m.date", "date")
                    + ", s.slug as part_of, m.outcome from meeting m left join meeting s on s.id = m.part_of_id "
                    + "order by m.slug"),
            ExportTable.of(MeetingParticipantRow.class, "meeting_participant", IDS + "select mp.xid as id, m.slug as meeting, "
                    + "p.slug as participant, " + wire("x.role") + " as role from meeting_participant x "
                    + "join mp on mp.id = x.id join meeting m on m.id = x.meeting_id "
                    + "join participant p on p.id = x.participant_id order by mp.xid"),
            ExportTable.of(CommitmentRow.class, "commitment", "select c.slug, c.summary, " + wire("c.kind") + " as kind, "
                    + "m.slug as meeting, " + date("c.date", "date") + ", " + wire("c.status") + " as status "
                    + "from commitment c left join meeting m on m.id = c.meeting_id order by c.slug"),
            ExportTable.of(CommitmentPartyRow.class, "commitment_party", IDS + "select cp.xid as id, c.slug as commitment, "
                    + "p.slug as participant, " + wire("x.relation") + " as relation from commitment_party x "
                    + "join cp on cp.id = x.id join commitment c on c.id = x.commitment_id "
                    + "join participant p on p.id = x.participant_id order by cp.xid"),
            ExportTable.of(DeadlineRow.class, "deadline", "select d.slug, d.description, d.expression, c.slug as commitment, "
                    + "m.slug as meeting, " + date("d.due", "due") + ", " + date("d.anchor", "anchor")
                    + ", d.anchor_event, d.offset_period, " + wire("d.status") + " as status from deadline d "
                    + "left join commitment c on c.id = d.commitment_id left join meeting m on m.id = d.meeting_id "
                    + "order by d.slug"),
            ExportTable.of(DeadlineSetterRow.class, "deadline_setter", IDS + "select ds.xid as id, d.slug as deadline, "
                    + "p.slug as participant from deadline_setter x join ds on ds.id = x.id "
                    + "join deadline d on d.id = x.deadline_id join participant p on p.id = x.participant_id "
                    + "order by ds.xid"),
            ExportTable.of(StatusAssessmentRow.class, "status_assessment", IDS + "select sa.xid as id, c.slug as commitment, "
                    + "d.slug as deadline, s.position, " + wire("s.status") + " as status, s.note "
                    + "from status_assessment s join sa on sa.id = s.id left join commitment c on c.id = s.commitment_id "
                    + "left join deadline d on d.id = s.deadline_id order by sa.xid"),
            ExportTable.of(ClaimRow.class, "claim", IDS + "select cl.xid as id, p.slug as participant, m.slug as meeting, "
                    + "c.slug as commitment, d.slug as deadline, x.about, x.value from claim x join cl on cl.id = x.id "
                    + "left join participant p on p.id = x.participant_id left join meeting m on m.id = x.meeting_id "
                    + "left join commitment c on c.id = x.commitment_id left join deadline d on d.id = x.deadline_id "
                    + "order by cl.xid"),
            ExportTable.of(CitationRow.class, "citation", IDS + ", cited as (select c.id, c.quote, c.start_offset, "
                    + "c.end_offset, c.document_sha256, p.slug as participant, "
                    + "pn.xid as participant_name_id, po.xid as participant_office_id, ms.xid as membership_id, "
                    + "m.slug as meeting, mp.xid as meeting_participant_id, co.slug as commitment, dl.slug as deadline, "
                    + "sa.xid as status_assessment_id, cl.xid as claim_id, d.slug as document "
                    + "from citation c join source_document d on d.id = c.document_id "
                    + "left join participant p on p.id = c.participant_id left join pn on pn.id = c.participant_name_id "
                    + "left join po on po.id = c.participant_office_id left join ms on ms.id = c.membership_id "
                    + "left join meeting m on m.id = c.meeting_id left join mp on mp.id = c.meeting_participant_id "
                    + "left join commitment co on co.id = c.commitment_id left join deadline dl on dl.id = c.deadline_id "
                    + "left join sa on sa.id = c.status_assessment_id left join cl on cl.id = c.claim_id) "
                    + "select row_number() over (order by participant, participant_name_id, participant_office_id, "
                    + "membership_id, meeting, meeting_participant_id, commitment, deadline, status_assessment_id, "
                    + "claim_id, document, start_offset, end_offset, quote, id) as id, "
                    + "case when participant is not null then 'participant' "
                    + "when participant_name_id is not null then 'participant-name' "
                    + "when participant_office_id is not null then 'participant-office' "
                    + "when membership_id is not null then 'membership' when meeting is not null then 'meeting' "
                    + "when meeting_participant_id is not null then 'meeting-participant' "
                    + "when commitment is not null then 'commitment' when deadline is not null then 'deadline' "
                    + "when status_assessment_id is not null then 'status-assessment' else 'claim' end as fact, "
                    + "document, quote, start_offset as start, end_offset as \"end\", document_sha256, participant, "
                    + "participant_name_id, participant_office_id, membership_id, meeting, meeting_participant_id, "
                    + "commitment, deadline, status_assessment_id, claim_id from cited order by 1"),
            ExportTable.of(MentionRow.class, "mention",
                    "select row_number() over (order by d.slug, x.start_offset, x.end_offset, "
                            + "x.kind, p.slug nulls first, x.date_value nulls first, x.id) as id, d.slug as document, "
                            + wire("x.kind") + " as kind, x.text, x.start_offset as start, x.end_offset as \"end\", "
                            + "x.clean_start_offset as clean_start, x.clean_end_offset as clean_end, p.slug as participant, "
                            + "lower(x.date_kind) as date_kind, " + date("x.date", "date") + ", x.date_basis "
                            + "from mention x join source_document d on d.id = x.document_id "
                            + "left join participant p on p.id = x.participant_id order by 1"));

    public static Optional<ExportTable> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The table names, comma-separated, for error messages. */
    public static String names() {
        return String.join(", ", ALL.stream().map(ExportTable::name).toList());
    }
}
