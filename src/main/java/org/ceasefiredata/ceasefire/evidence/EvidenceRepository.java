package org.ceasefiredata.ceasefire.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;
import org.ceasefiredata.ceasefire.paging.Params;
import org.ceasefiredata.ceasefire.paging.Row;
import org.ceasefiredata.ceasefire.paging.Sql;
import org.ceasefiredata.ceasefire.paging.Where;

/**
 * The evidence of every fact, and what "as of a day" means, in one place.
 * <p>
 * A fact is known on a day when at least one source published by then supports it. A source whose publication date is
 * a window counts from the last day of the window (when it had certainly appeared); a source without a date never
 * counts. A judgement (a status assessment) is known on a day only when every source it cites was published by then:
 * it is as of the day of its latest source, and never shows knowledge a later text brought (see
 * {@code commitment/AssessmentRepository}, which reads that day as the loader stores it).
 * <p>
 * Loaders read the citations and claims of many records at once, one statement per kind of fact whatever the number of
 * records; a REST record, which carries both, has them in one ({@link #evidence}).
 */
@ApplicationScoped
public class EvidenceRepository {

    @Inject
    Sql sql;

    /**
     * The predicate "the record (SQL alias {@code alias}) is supported by a source published by {@code asOf}", or
     * {@code null} when {@code asOf} is null (every record counts).
     */
    public static String known(Where where, Subject subject, String alias, LocalDate asOf) {
        if (asOf == null) {
            return null;
        }
        return "exists (select 1 from citation c join source_document d on d.id = c.document_id where c." + subject.column()
                + " = " + alias + ".id and d.published_latest <= " + where.param(asOf) + ")";
    }

    /** Restricts {@code where} to records known on {@code asOf} (see {@link #known}); nothing when it is null. */
    public static void knownOn(Where where, Subject subject, String alias, LocalDate asOf) {
        String predicate = known(where, subject, alias, asOf);
        if (predicate != null) {
            where.and(predicate);
        }
    }

    private static final String CITATION_COLUMNS = "c.id, c.document_id, d.slug as document_slug, d.title as document_title,"
            + " d.outlet, d.agency, d.published_value, d.published_earliest, d.published_latest, d.published_precision,"
            + " c.quote, c.start_offset, c.end_offset, c.document_sha256, c.clean_quote, c.clean_start_offset,"
            + " c.clean_end_offset, c.segment_kind";

    /**
     * Citations of the given facts, in document then text order, by fact id; as of a day, from sources published by then.
     */
    public Map<Long, List<CitationRow>> citations(Subject subject, Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CitationRow>> grouped = new LinkedHashMap<>();
        sql.lookup(citationsOf(subject, asOf) + " order by document_slug, start_offset, id", params(ids, asOf), r -> {
            addCitation(grouped, r);
            return null;
        });
        return grouped;
    }

    /**
     * Claims about the given records with their citations, by record id, in order of aspect; as of a day, a claim
     * without a source published by then is left out. One statement: claims joined with their citations.
     */
    public Map<Long, List<ClaimRow>> claims(Subject subject, Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ClaimRow> claims = new LinkedHashMap<>();
        sql.lookup(claimsOf(subject, asOf) + " order by about, claim_id, document_slug, start_offset, id", params(ids, asOf),
                r -> {
                    addClaimCitation(claims, r);
                    return null;
                });
        return bySubject(claims);
    }

    /** The citations and the claims of some records, as {@link #citations} and {@link #claims} give them. */
    public record Evidence(Map<Long, List<CitationRow>> citations, Map<Long, List<ClaimRow>> claims) {
    }

    /**
     * {@link #citations} and {@link #claims} of the same records in one statement, for answers that carry both (a REST
     * record): the two queries above as one union, read into the same rows in the same order.
     */
    public Evidence evidence(Subject subject, Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return new Evidence(Map.of(), Map.of());
        }
        Map<Long, List<CitationRow>> citations = new LinkedHashMap<>();
        Map<Long, ClaimRow> claims = new LinkedHashMap<>();
        // A record's own citations have no claim (claim_id and about null, first); claims have a non-null about.
        sql.lookup(citationsOf(subject, asOf) + " union all " + claimsOf(subject, asOf)
                + " order by about nulls first, claim_id nulls first, document_slug, start_offset, id", params(ids, asOf),
                r -> {
                    if (r.optionalId("claim_id") == null) {
                        addCitation(citations, r);
                    } else {
                        addClaimCitation(claims, r);
                    }
                    return null;
                });
        return new Evidence(citations, bySubject(claims));
    }

    private static Params params(Collection<Long> ids, LocalDate asOf) {
        Params params = new Params().bind("ids", List.copyOf(ids));
        if (asOf != null) {
            params.bind("asOf", asOf);
        }
        return params;
    }

    /**
     * The citations of the records themselves, with the columns of {@link #claimsOf} (the claim's empty), so that the
     * two can be one union.
     */
    private static String citationsOf(Subject subject, LocalDate asOf) {
        return "select c." + subject.column() + " as subject_id, null as claim_id, null as claim_subject, null as about,"
                + " null as value, null as basis, " + CITATION_COLUMNS
                + " from citation c join source_document d on d.id = c.document_id where c." + subject.column()
                + " = any(:ids)" + publishedBy(asOf);
    }

    /** The claims about the records, one row per citation of a claim (whose subject_id is the claim). */
    private static String claimsOf(Subject subject, LocalDate asOf) {
        return "select c.claim_id as subject_id, k.id as claim_id, k." + subject.column() + " as claim_subject, k.about,"
                + " k.value, k.basis, " + CITATION_COLUMNS + " from claim k join citation c on c.claim_id = k.id"
                + " join source_document d on d.id = c.document_id where k." + subject.column() + " = any(:ids)"
                + publishedBy(asOf);
    }

    private static String publishedBy(LocalDate asOf) {
        return asOf == null ? "" : " and d.published_latest <= :asOf";
    }

    private static void addCitation(Map<Long, List<CitationRow>> bySubject, Row r) throws java.sql.SQLException {
        CitationRow c = citation(r);
        bySubject.computeIfAbsent(c.subjectId(), k -> new ArrayList<>()).add(c);
    }

    private static void addClaimCitation(Map<Long, ClaimRow> claims, Row r) throws java.sql.SQLException {
        long id = r.id("claim_id");
        ClaimRow claim = claims.get(id);
        if (claim == null) {
            claim = new ClaimRow(id, r.id("claim_subject"), r.text("about"), r.text("value"),
                    r.constant(Basis.class, "basis"), new ArrayList<>());
            claims.put(id, claim);
        }
        claim.citations().add(citation(r));
    }

    private static Map<Long, List<ClaimRow>> bySubject(Map<Long, ClaimRow> claims) {
        Map<Long, List<ClaimRow>> grouped = new LinkedHashMap<>();
        claims.values().forEach(c -> grouped.computeIfAbsent(c.subjectId(), k -> new ArrayList<>()).add(c));
        return grouped;
    }

    /** A citation read with {@link #CITATION_COLUMNS} and its subject as {@code subject_id}. */
    static CitationRow citation(Row r) throws java.sql.SQLException {
        return new CitationRow(r.id("id"), r.id("subject_id"), r.id("document_id"), r.text("document_slug"),
                r.text("document_title"), r.text("outlet"), r.text("agency"), r.partialDate("published"),
                r.text("quote"), r.integer("start_offset"), r.integer("end_offset"), r.text("document_sha256"),
                r.text("clean_quote"), r.optionalInteger("clean_start_offset"), r.optionalInteger("clean_end_offset"),
                SegmentKind.of(r.text("segment_kind")));
    }
}
