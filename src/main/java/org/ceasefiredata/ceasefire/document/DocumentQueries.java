package org.ceasefiredata.ceasefire.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.evidence.SourceDocument;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.ceasefiredata.ceasefire.participant.ParticipantRefs;
import org.ceasefiredata.ceasefire.web.ListRequest;
import org.ceasefiredata.ceasefire.web.Listing;
import org.ceasefiredata.ceasefire.web.PageView;
import org.ceasefiredata.ceasefire.web.SortField;
import org.ceasefiredata.ceasefire.web.SortKey;
import org.ceasefiredata.ceasefire.web.Where;

import io.quarkus.hibernate.orm.panache.Panache;

/** How source documents and their mentions are filtered, sorted and assembled into views. */
public final class DocumentQueries {

    static final SortField PUBLISHED = SortField.date("published", "coalesce(e.published.earliest, {d '9999-12-31'})");
    static final SortField SLUG = SortField.text("slug", "e.slug");
    public static final List<SortField> SORT = List.of(PUBLISHED, SLUG,
            SortField.text("title", "lower(coalesce(e.title, ''))"));
    public static final List<SortKey> DEFAULT = List.of(new SortKey(PUBLISHED, false), new SortKey(SLUG, false));
    public static final Set<String> FILTERS = Set.of("from", "to", "participant", "q", "slug");

    private DocumentQueries() {
    }

    public static ListRequest request(UriInfo uri) {
        return ListRequest.of(uri, FILTERS, SORT, DEFAULT, Set.of());
    }

    public static PageView<DocumentView> list(ListRequest r) {
        return PageView.of(page(r), r, rows -> rows.stream().map(d -> summary(d)).toList());
    }

    /** The documents of one page matching the request's filters. */
    public static Listing.Page<SourceDocument> page(ListRequest r) {
        Where w = new Where();
        ListRequest.Range range = r.range();
        if (range.from() != null) {
            w.and("e.published.latest >= " + w.param(range.from()));
        }
        if (range.to() != null) {
            w.and("e.published.earliest <= " + w.param(range.to()));
        }
        Set<Long> mentioned = ParticipantRefs.resolve(r, "participant");
        if (mentioned != null) {
            w.and("exists (select 1 from Mention m where m.document = e and m.participant.id in " + w.param(mentioned) + ")");
        }
        String q = r.value("q");
        if (q != null) {
            String like = w.contains(q);
            w.and("lower(coalesce(e.title, '')) like " + like + " escape '!' or lower(e.cleanedText) like " + like
                    + " escape '!'");
        }
        List<String> slugs = r.values("slug");
        if (!slugs.isEmpty()) {
            w.and("e.slug in " + w.param(slugs));
        }
        if (r.asOf() != null) {
            w.and("e.published.latest <= " + w.param(r.asOf()));
        }
        r.validate();
        return Listing.page(em(), SourceDocument.class, "from SourceDocument e", w, r);
    }

    /** One document with its texts, set-apart segments and mentions; as of a day, only if published by then. */
    public static Optional<DocumentView> get(String slug, LocalDate asOf) {
        Optional<SourceDocument> found = SourceDocument.findBySlug(slug)
                .filter(d -> asOf == null || d.published != null && !d.published.latest.isAfter(asOf));
        return found.map(d -> {
            List<DocumentView.SegmentView> segments = em().createQuery("select s from SetApartSegment s where s.document = :d"
                    + " order by s.startOffset", SetApartSegment.class).setParameter("d", d).getResultList().stream()
                    .map(s -> new DocumentView.SegmentView(s.kind, s.startOffset, s.endOffset, s.text)).toList();
            return new DocumentView(d.slug, d.title, d.outlet, d.agency, d.url, d.language,
                    d.published == null ? null : d.published.toPartialDate(), d.publishedBasis, d.dateline, d.notes,
                    d.curated, d.sha256, d.originalText.codePointCount(0, d.originalText.length()), d.originalText,
                    d.cleanedText, segments, mentions(d, null));
        });
    }

    /** The mentions of a document, in text order; {@code kind} filters to participants or dates (null: both). */
    public static List<MentionView> mentions(SourceDocument d, MentionKind kind) {
        RecordRef document = RecordRef.document(d.slug, d.title);
        var query = em().createQuery("select m from Mention m left join fetch m.participant where m.document = :d"
                + (kind == null ? "" : " and m.kind = :k") + " order by m.startOffset, m.id", Mention.class)
                .setParameter("d", d);
        if (kind != null) {
            query.setParameter("k", kind);
        }
        return query.getResultList().stream()
                .map(m -> new MentionView(m.kind, m.text, m.startOffset, m.endOffset, m.cleanStartOffset, m.cleanEndOffset,
                        m.participant == null ? null : RecordRef.participant(m.participant.slug, m.participant.name),
                        m.dateKind == null ? null : m.dateKind.toLowerCase(Locale.ROOT),
                        m.date == null ? null : m.date.toPartialDate(), m.dateBasis, document))
                .toList();
    }

    private static DocumentView summary(SourceDocument d) {
        return new DocumentView(d.slug, d.title, d.outlet, d.agency, d.url, d.language,
                d.published == null ? null : d.published.toPartialDate(), d.publishedBasis, d.dateline, d.notes, d.curated,
                d.sha256, null, null, null, null, null);
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
