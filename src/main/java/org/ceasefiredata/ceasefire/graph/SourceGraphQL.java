package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.ceasefiredata.ceasefire.document.DocumentQueries;
import org.ceasefiredata.ceasefire.document.DocumentView;
import org.ceasefiredata.ceasefire.document.Mention;
import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.document.SetApartSegment;
import org.ceasefiredata.ceasefire.evidence.SourceDocument;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.hibernate.orm.panache.Panache;

/** Source documents, their segments and mentions, and the document of every citation. */
@GraphQLApi
public class SourceGraphQL {

    /** Filters of the document list, as in {@code GET /api/v1/documents}. */
    @Input("DocumentFilter")
    @Description("Filters of the document list; all given filters must hold.")
    public record DocumentFilter(
            @Description("Published on or after the first day of this date (2016, 2016-02, 2016-02-12, 2015-fall).") String from,
            @Description("Published on or before the last day of this date.") String to,
            @Description("Mentions any of these participants (slug or any name).") List<String> participant,
            @Description("Title or cleaned text contains this, ignoring case.") String text,
            @Description("Only these documents (slugs).") List<String> slug,
            @Description("Only documents published by this day (any date precision: its last day counts).") String asOf) {
    }

    @Query("document")
    @Description("One source document by slug; null when there is none, or when it was not yet published on asOf.")
    public DocumentNode document(@NonNull @Description("The document's slug.") String slug,
            @Description("Answer as known on this day (any date precision).") String asOf) {
        LocalDate day = Args.asOf(asOf);
        return SourceDocument.findBySlug(slug).filter(d -> visible(d, day)).map(d -> DocumentNode.of(d, day)).orElse(null);
    }

    @Query("documents")
    @NonNull
    @Description("Source documents by publication date (undated last), then slug.")
    public Connection<DocumentNode> documents(@Description("Filters; all given must hold.") DocumentFilter filter,
            @DefaultValue("25") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor after which to start (pageInfo.endCursor of the previous page).") String after) {
        DocumentFilter f = filter == null ? new DocumentFilter(null, null, null, null, null, null) : filter;
        Args args = Args.page(first, after).put("from", f.from()).put("to", f.to()).put("participant", f.participant())
                .put("q", f.text()).put("slug", f.slug()).put("asOf", f.asOf());
        return args.connection("documents", DocumentQueries.FILTERS, DocumentQueries.SORT, DocumentQueries.DEFAULT,
                DocumentQueries::page, (rows, day) -> rows.stream().map(d -> DocumentNode.of(d, day)).toList());
    }

    @Description("Segments of the original text kept out of the cleaned text (captions, credits, boilerplate, teasers), in text order.")
    public List<@NonNull List<DocumentView.@NonNull SegmentView>> setApart(@Source List<DocumentNode> documents) {
        return Batch.of(documents, DocumentNode::id, DocumentNode::asOf, (ids, day) -> Batch.group(
                em().createQuery("select s from SetApartSegment s where s.document.id in :ids order by s.startOffset",
                        SetApartSegment.class).setParameter("ids", ids).getResultList(),
                s -> s.document.id)
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .map(s -> new DocumentView.SegmentView(s.kind, s.startOffset, s.endOffset, s.text)).toList())),
                List.of());
    }

    @Description("Participants and date expressions found in the text, in text order.")
    public List<@NonNull List<@NonNull MentionNode>> mentions(@Source List<DocumentNode> documents,
            @Description("Only mentions of this kind (both when absent).") MentionKind kind) {
        return Batch.of(documents, DocumentNode::id, DocumentNode::asOf, (ids, day) -> {
            var query = em().createQuery("select m from Mention m where m.document.id in :ids"
                    + (kind == null ? "" : " and m.kind = :k") + " order by m.startOffset, m.id", Mention.class)
                    .setParameter("ids", ids);
            if (kind != null) {
                query.setParameter("k", kind);
            }
            return Batch.group(query.getResultList().stream().map(m -> MentionNode.of(m, day)).toList(),
                    MentionNode::documentId);
        }, List.of());
    }

    @NonNull
    @Description("The source document quoted.")
    public List<DocumentNode> document(@Source List<CitationNode> citations) {
        return Batch.of(citations, CitationNode::documentSlug, CitationNode::asOf,
                (slugs, day) -> bySlug(slugs, day), null);
    }

    @Name("document")
    @NonNull
    @Description("The document the mention was found in.")
    public List<DocumentNode> mentionDocument(@Source List<MentionNode> mentions) {
        return Batch.of(mentions, MentionNode::documentId, MentionNode::asOf,
                (ids, day) -> byId(ids, day), null);
    }

    /** Documents by slug. A citation's document is shown even as of a day: the citation was filtered by it. */
    static Map<String, DocumentNode> bySlug(Collection<String> slugs, LocalDate asOf) {
        Map<String, DocumentNode> found = new LinkedHashMap<>();
        em().createQuery("select d from SourceDocument d where d.slug in :slugs", SourceDocument.class)
                .setParameter("slugs", slugs).getResultList().forEach(d -> found.put(d.slug, DocumentNode.of(d, asOf)));
        return found;
    }

    public static Map<Long, DocumentNode> byId(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, DocumentNode> found = new LinkedHashMap<>();
        em().createQuery("select d from SourceDocument d where d.id in :ids", SourceDocument.class)
                .setParameter("ids", ids).getResultList().forEach(d -> found.put(d.id, DocumentNode.of(d, asOf)));
        return found;
    }

    private static boolean visible(SourceDocument d, LocalDate asOf) {
        return asOf == null || d.published != null && !d.published.latest.isAfter(asOf);
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
