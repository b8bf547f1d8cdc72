package org.ceasefiredata.ceasefire.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;
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
import org.ceasefiredata.ceasefire.participant.NameKind;
import org.ceasefiredata.ceasefire.participant.ParticipantRepository;

/** Every query about source documents: the list, lookups, texts, set-apart segments and mentions. */
@ApplicationScoped
public class DocumentRepository {

    public static final SortField PUBLISHED = DocumentOrderField.PUBLISHED.field();
    public static final SortField SLUG = DocumentOrderField.SLUG.field();
    public static final List<SortField> SORT = SortField.of(DocumentOrderField.values());
    public static final List<SortKey> DEFAULT_SORT = List.of(SortKey.asc(PUBLISHED), SortKey.asc(SLUG));

    static final String COLUMNS = "e.id, e.slug, e.title, e.outlet, e.agency, e.url, e.language, e.published_value,"
            + " e.published_earliest, e.published_latest, e.published_precision, e.published_basis, e.dateline, e.notes,"
            + " e.curated, e.sha256, char_length(e.original_text) as length, e.basis";

    @Inject
    Sql sql;
    @Inject
    Lists lists;
    @Inject
    ParticipantRepository participants;

    static DocumentRow row(Row r) throws java.sql.SQLException {
        return new DocumentRow(r.id("id"), r.text("slug"), r.text("title"), r.text("outlet"), r.text("agency"),
                r.text("url"), r.text("language"), r.partialDate("published"), r.text("published_basis"),
                r.text("dateline"), r.text("notes"), r.bool("curated"), r.text("sha256"), r.integer("length"),
                r.constant(Basis.class, "basis"));
    }

    /** One page of the document list. */
    public Page<DocumentRow> page(DocumentFilter filter, PageRequest page) {
        DocumentFilter.Checked f = (filter == null ? new DocumentFilter() : filter).check();
        Where w = new Where();
        if (f.from() != null) {
            w.and("e.published_latest >= " + w.param(f.from()));
        }
        if (f.to() != null) {
            w.and("e.published_earliest <= " + w.param(f.to()));
        }
        if (f.participant() != null) {
            w.and("exists (select 1 from mention m where m.document_id = e.id and m.participant_id = any("
                    + w.param(List.copyOf(participants.resolve(f.participant(), "participant"))) + "))");
        }
        if (f.text() != null) {
            String like = w.contains(f.text());
            w.and("lower(coalesce(e.title, '')) like " + like + " escape '!' or lower(e.cleaned_text) like " + like
                    + " escape '!'");
        }
        if (f.slug() != null) {
            w.and("e.slug = any(" + w.param(f.slug()) + ")");
        }
        published(w, f.asOf());
        return lists.page(new ListQuery("documents", COLUMNS, "source_document e", w), page, DocumentRepository::row);
    }

    /** As of a day, only documents published by then (a document without a date never is). */
    private static void published(Where w, LocalDate asOf) {
        if (asOf != null) {
            w.and("e.published_latest <= " + w.param(asOf));
        }
    }

    /** One document by slug, as published by {@code asOf}. */
    public Optional<DocumentRow> bySlug(String slug, LocalDate asOf) {
        Where w = new Where();
        w.and("e.slug = " + w.param(slug));
        published(w, asOf);
        return sql.one("select " + COLUMNS + " from source_document e" + w.clause(), w.params(), DocumentRepository::row);
    }

    /** Documents by id, as published by {@code asOf}. */
    public Map<Long, DocumentRow> byIds(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        w.and("e.id = any(" + w.param(List.copyOf(ids)) + ")");
        published(w, asOf);
        Map<Long, DocumentRow> found = new LinkedHashMap<>();
        sql.lookup("select " + COLUMNS + " from source_document e" + w.clause(), w.params(), DocumentRepository::row)
                .forEach(d -> found.put(d.id(), d));
        return found;
    }

    /** The original and cleaned texts of the documents, by id. */
    public Map<Long, Texts> texts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Texts> found = new LinkedHashMap<>();
        sql.lookup("select id, original_text, cleaned_text from source_document where id = any(:ids)",
                new Params().bind("ids", List.copyOf(ids)),
                r -> new Texts(r.id("id"), r.text("original_text"), r.text("cleaned_text")))
                .forEach(t -> found.put(t.documentId(), t));
        return found;
    }

    /** A document's texts: as received (citations index it) and as cleaned. */
    public record Texts(long documentId, String original, String cleaned) {
    }

    /** The segments set apart from the documents' cleaned texts, in text order; by document id. */
    public Map<Long, List<SegmentRow>> segments(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<SegmentRow>> grouped = new LinkedHashMap<>();
        sql.lookup("select document_id, kind, start_offset, end_offset, text from set_apart_segment"
                + " where document_id = any(:ids) order by document_id, start_offset, id",
                new Params().bind("ids", List.copyOf(ids)),
                r -> new SegmentRow(r.id("document_id"), SegmentKind.of(r.text("kind")), r.integer("start_offset"),
                        r.integer("end_offset"),
                        r.text("text")))
                .forEach(s -> grouped.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s));
        return grouped;
    }

    /** Mentions in text order (then by id). */
    static final List<SortKey> TEXT_ORDER = List.of(SortKey.asc(SortField.number("start", "e.start_offset")));

    /** The mentions found in the documents, in text order, of one kind (null: both); by document id. */
    public Map<Long, List<MentionRow>> mentions(Collection<Long> ids, MentionKind kind) {
        return lists.perParent(mentionQuery(kind), ids, TEXT_ORDER, null, DocumentRepository::mention);
    }

    /**
     * A page of each document's mentions, in text order, of one kind (null: both): GraphQL's {@code mentions}
     * connection, the same list as {@link #mentions}.
     */
    public Map<Long, Page<MentionRow>> mentionPages(Collection<Long> ids, MentionKind kind, PageRequest page) {
        return lists.perParentPages(mentionQuery(kind), ids, page.sortedBy(TEXT_ORDER), DocumentRepository::mention);
    }

    /** The mentions of the document {@code p.parent} (the correlation of the per-parent lists). */
    private static ListQuery mentionQuery(MentionKind kind) {
        Where w = new Where();
        w.and("e.document_id = p.parent");
        if (kind != null) {
            w.and("e.kind = " + w.param(kind));
        }
        return new ListQuery("mentions", "e.id as mention_id, e.document_id, e.kind as mention_kind, e.text as mention_text,"
                + " e.start_offset, e.end_offset, e.clean_start_offset, e.clean_end_offset, e.segment_kind, e.name_kind,"
                + " e.confidence, e.date_kind, e.date_value, e.date_earliest, e.date_latest, e.date_precision, e.date_basis, "
                + ParticipantRepository.columns("pa", ""), "mention e left join participant pa on pa.id = e.participant_id", w);
    }

    private static MentionRow mention(Row r) throws java.sql.SQLException {
        return new MentionRow(r.id("mention_id"), r.id("document_id"), r.constant(MentionKind.class, "mention_kind"),
                r.text("mention_text"), r.integer("start_offset"), r.integer("end_offset"), r.integer("clean_start_offset"),
                r.integer("clean_end_offset"), SegmentKind.of(r.text("segment_kind")),
                r.optionalId("id") == null ? null : ParticipantRepository.read(r), r.constant(NameKind.class, "name_kind"),
                r.optionalDecimal("confidence"), r.text("date_kind"), r.partialDate("date"), r.text("date_basis"));
    }

    /**
     * Every citation that quotes the document, in text order, with the fact it supports; as of a day, only status
     * assessments known then (the document itself is checked by {@link #bySlug}).
     * One statement, whatever the number of citations: each kind of fact is joined to the record it belongs to.
     */
    public List<QuoteRow> quotes(long documentId, LocalDate asOf) {
        Where w = new Where();
        w.and("c.document_id = " + w.param(documentId));
        if (asOf != null) {
            // An assessment is known on a day when all of its sources are: the loader stores the day of its latest.
            w.and("c.status_assessment_id is null or sa.as_of_latest <= " + w.param(asOf));
        }
        return sql.list("select c.id, c.start_offset, c.end_offset, c.quote, c.segment_kind,"
                + " case when c.participant_id is not null then 'record' when c.participant_name_id is not null then 'name'"
                + " when c.participant_office_id is not null then 'office' when c.membership_id is not null then 'membership'"
                + " when c.meeting_id is not null then 'record' when c.meeting_participant_id is not null then 'participation'"
                + " when c.commitment_id is not null or c.deadline_id is not null then 'record'"
                + " when c.status_assessment_id is not null then 'assessment' else 'claim' end as fact,"
                + " case when coalesce(c.participant_id, pn.participant_id, po.participant_id, ms.member_id,"
                + " k.participant_id) is not null then 'participant'"
                + " when coalesce(c.meeting_id, mp.meeting_id, k.meeting_id) is not null then 'meeting'"
                + " when coalesce(c.commitment_id, sa.commitment_id, k.commitment_id) is not null then 'commitment'"
                + " else 'deadline' end as record_type,"
                + " coalesce(p.slug, m.slug, cm.slug, dl.slug) as record_slug,"
                + " coalesce(p.name, m.title, cm.summary, dl.description) as record_name,"
                + " coalesce(pn.name, po.title, g.name || ' (' || replace(lower(ms.role), '_', '-') || ')', mpp.name || ' (' || replace(lower(mp.role), '_', '-')"
                + " || ')', replace(lower(sa.status), '_', '-'), k.about || ': ' || k.value) as detail"
                + " from citation c"
                + " left join participant_name pn on pn.id = c.participant_name_id"
                + " left join participant_office po on po.id = c.participant_office_id"
                + " left join membership ms on ms.id = c.membership_id"
                + " left join participant g on g.id = ms.group_id"
                + " left join meeting_participant mp on mp.id = c.meeting_participant_id"
                + " left join participant mpp on mpp.id = mp.participant_id"
                + " left join status_assessment sa on sa.id = c.status_assessment_id"
                + " left join claim k on k.id = c.claim_id"
                + " left join participant p on p.id = coalesce(c.participant_id, pn.participant_id, po.participant_id,"
                + " ms.member_id, k.participant_id)"
                + " left join meeting m on m.id = coalesce(c.meeting_id, mp.meeting_id, k.meeting_id)"
                + " left join commitment cm on cm.id = coalesce(c.commitment_id, sa.commitment_id, k.commitment_id)"
                + " left join deadline dl on dl.id = coalesce(c.deadline_id, sa.deadline_id, k.deadline_id)"
                + w.clause() + " order by c.start_offset, c.end_offset, c.id", w.params(),
                r -> new QuoteRow(r.id("id"), r.integer("start_offset"), r.integer("end_offset"), r.text("quote"),
                        r.text("segment_kind"), RecordType.ofWire(r.text("record_type")), r.text("record_slug"),
                        r.text("record_name"), r.text("fact"), r.text("detail")));
    }
}
