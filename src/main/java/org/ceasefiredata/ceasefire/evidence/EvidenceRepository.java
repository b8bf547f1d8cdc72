package org.ceasefiredata.ceasefire.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;
import org.ceasefiredata.ceasefire.paging.Keys;
import org.ceasefiredata.ceasefire.paging.Params;
import org.ceasefiredata.ceasefire.paging.Pending;
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
 * records; a REST answer, which carries both for every record it holds, has them all in one ({@link #pending}).
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
        return citations(subject, Keys.of(ids), asOf).run();
    }

    /** As {@link #citations(Subject, Collection, LocalDate)}, as a lookup not yet run (see {@link Keys}). */
    public Pending<Map<Long, List<CitationRow>>> citations(Subject subject, Keys ids, LocalDate asOf) {
        if (ids.none()) {
            return Pending.done(Map.of());
        }
        Params params = params(asOf);
        Map<Long, List<CitationRow>> grouped = new LinkedHashMap<>();
        return Pending.of(sql, citationsOf(subject, ids.test(params), asOf) + " order by document_slug, start_offset, id",
                params, r -> {
                    addCitation(grouped, r);
                    return null;
                }, () -> grouped);
    }

    /**
     * Claims about the given records with their citations, by record id, in order of aspect; as of a day, a claim
     * without a source published by then is left out. One statement: claims joined with their citations.
     */
    public Map<Long, List<ClaimRow>> claims(Subject subject, Collection<Long> ids, LocalDate asOf) {
        return claims(subject, Keys.of(ids), asOf).run();
    }

    /** As {@link #claims(Subject, Collection, LocalDate)}, as a lookup not yet run (see {@link Keys}). */
    public Pending<Map<Long, List<ClaimRow>>> claims(Subject subject, Keys ids, LocalDate asOf) {
        if (ids.none()) {
            return Pending.done(Map.of());
        }
        Params params = params(asOf);
        Map<Long, ClaimRow> claims = new LinkedHashMap<>();
        return Pending.of(sql, claimsOf(subject, ids.test(params), asOf)
                + " order by about, claim_id, document_slug, start_offset, id", params, r -> {
                    addClaimCitation(claims, r);
                    return null;
                }, () -> bySubject(claims)).keyedBy("claim_id");
    }

    /** The citations and the claims of some records, as {@link #citations} and {@link #claims} give them. */
    public record Evidence(Map<Long, List<CitationRow>> citations, Map<Long, List<ClaimRow>> claims) {
    }

    /**
     * The evidence of every record of an answer in one statement, whatever the kinds of record, as a lookup not yet run
     * (to be run with others in one round trip): for each subject of {@code withClaims} its records' citations and
     * claims (as {@link #citations} and {@link #claims} give them), for each of {@code citationsOnly} their citations;
     * all of them one union, each piece tagged with its subject. A subject in both is read with its claims, for the ids
     * of both.
     */
    public Pending<Map<Subject, Evidence>> pending(Map<Subject, ? extends Collection<Long>> withClaims,
            Map<Subject, ? extends Collection<Long>> citationsOnly, LocalDate asOf) {
        Map<Subject, Set<Long>> claimed = new EnumMap<>(Subject.class);
        Map<Subject, Set<Long>> cited = new EnumMap<>(Subject.class);
        withClaims.forEach((subject, ids) -> claimed.computeIfAbsent(subject, k -> new TreeSet<>()).addAll(ids));
        citationsOnly.forEach((subject, ids) -> cited.computeIfAbsent(subject, k -> new TreeSet<>()).addAll(ids));
        claimed.forEach((subject, ids) -> cited.computeIfAbsent(subject, k -> new TreeSet<>()).addAll(ids));
        cited.values().removeIf(Set::isEmpty);
        if (cited.isEmpty()) {
            return Pending.done(Map.of());
        }
        Params params = params(asOf);
        List<String> pieces = new ArrayList<>();
        Map<Subject, Map<Long, List<CitationRow>>> citations = new EnumMap<>(Subject.class);
        Map<Subject, Map<Long, ClaimRow>> claims = new EnumMap<>(Subject.class);
        cited.forEach((subject, ids) -> {
            String name = subject.column() + "s";
            params.bind(name, List.copyOf(ids));
            pieces.add(citationsOf(subject, "= any(:" + name + ")", asOf));
            citations.put(subject, new LinkedHashMap<>());
            if (claimed.containsKey(subject)) {
                pieces.add(claimsOf(subject, "= any(:" + name + ")", asOf));
                claims.put(subject, new LinkedHashMap<>());
            }
        });
        // Within a subject, a record's own citations have no claim (claim_id and about null, first); claims have a
        // non-null about.
        return Pending.of(sql, String.join(" union all ", pieces)
                + " order by subject, about nulls first, claim_id nulls first, document_slug, start_offset, id", params,
                r -> {
                    Subject subject = r.constant(Subject.class, "subject");
                    if (r.optionalId("claim_id") == null) {
                        addCitation(citations.get(subject), r);
                    } else {
                        addClaimCitation(claims.get(subject), r);
                    }
                    return null;
                }, () -> {
                    Map<Subject, Evidence> read = new EnumMap<>(Subject.class);
                    citations.forEach((subject, rows) -> read.put(subject,
                            new Evidence(rows, claims.containsKey(subject) ? bySubject(claims.get(subject)) : Map.of())));
                    return read;
                });
    }

    /** The parameters of an evidence statement: the day, when there is one, as {@code :asOf}. */
    private static Params params(LocalDate asOf) {
        Params params = new Params();
        if (asOf != null) {
            params.bind("asOf", asOf);
        }
        return params;
    }

    /**
     * The citations of the records themselves, with the columns of {@link #claimsOf} (the claim's empty), so that the
     * two can be one union; {@code test} follows the record's id column ({@link Keys#test}, or {@code = any(:name)}).
     */
    private static String citationsOf(Subject subject, String test, LocalDate asOf) {
        return "select '" + subject.name() + "' as subject, c." + subject.column() + " as subject_id, null as claim_id,"
                + " null as claim_subject, null as about, null as value, null as basis, " + CITATION_COLUMNS
                + " from citation c join source_document d on d.id = c.document_id where c." + subject.column() + " "
                + test + publishedBy(asOf);
    }

    /**
     * The claims about the records, one row per citation of a claim (whose subject_id is the claim); {@code test} as in
     * {@link #citationsOf}.
     */
    private static String claimsOf(Subject subject, String test, LocalDate asOf) {
        return "select '" + subject.name() + "' as subject, c.claim_id as subject_id, k.id as claim_id, k."
                + subject.column() + " as claim_subject, k.about, k.value, k.basis, " + CITATION_COLUMNS
                + " from claim k join citation c on c.claim_id = k.id join source_document d on d.id = c.document_id where k."
                + subject.column() + " " + test + publishedBy(asOf);
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
