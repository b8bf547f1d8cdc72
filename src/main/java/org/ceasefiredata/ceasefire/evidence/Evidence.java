package org.ceasefiredata.ceasefire.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.ceasefiredata.ceasefire.kernel.DatePrecision;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.web.Where;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Citations and claims of many records at once, optionally as known on a given day: one query per kind of subject,
 * whatever the number of records, so that lists never run a query per row.
 * <p>
 * "As of" a day means: supported by a source published on or before that day. A source whose publication date is a
 * window counts from the last day of the window (when it had certainly appeared); a source without a date never counts.
 */
public final class Evidence {

    /** The fact a citation or claim can be attached to, with the path of its subject in the query language. */
    public enum Subject {
        PARTICIPANT("participant"), PARTICIPANT_NAME("participantName"), PARTICIPANT_OFFICE("participantOffice"), MEMBERSHIP(
                "membership"), MEETING("meeting"), MEETING_PARTICIPANT("meetingParticipant"), COMMITMENT(
                        "commitment"), DEADLINE("deadline"), STATUS_ASSESSMENT("statusAssessment"), CLAIM("claim");

        final String path;
        /** The citation table's column for this subject. */
        final String column;

        Subject(String path) {
            this.path = path;
            this.column = path.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT) + "_id";
        }
    }

    private Evidence() {
    }

    /**
     * Restricts {@code where} (over entity alias {@code alias}) to records with at least one citation from a source
     * published by {@code asOf}; does nothing when {@code asOf} is null.
     */
    public static void supportedBy(Where where, Subject subject, String alias, LocalDate asOf) {
        if (asOf != null) {
            where.and("exists (select 1 from Citation c where c." + subject.path + " = " + alias
                    + " and c.document.published.latest <= " + where.param(asOf) + ")");
        }
    }

    /** Citations of the given subjects (from sources published by {@code asOf}, when given), by subject id. */
    public static Map<Long, List<CitationView>> citations(Subject subject, Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        EntityManager em = Panache.getEntityManager();
        // Native SQL with an array parameter: an HQL 'in' list of varying length is translated anew on every call,
        // which made this, the most frequent query of the API, also its most expensive in CPU.
        String query = "select c." + subject.column + ", d.slug, d.title, d.outlet, d.published_value,"
                + " d.published_earliest, d.published_latest, d.published_precision, c.quote, c.start_offset, c.end_offset,"
                + " c.document_sha256 from citation c join source_document d on d.id = c.document_id"
                + " where c." + subject.column + " = any(:ids)"
                + (asOf == null ? "" : " and d.published_latest <= :asOf")
                + " order by d.slug, c.start_offset, c.id";
        var q = em.createNativeQuery(query, Object[].class).setParameter("ids", ids.toArray(new Long[0]));
        if (asOf != null) {
            q.setParameter("asOf", asOf);
        }
        Map<Long, List<CitationView>> grouped = new LinkedHashMap<>();
        for (Object r0 : q.getResultList()) {
            Object[] r = (Object[]) r0;
            PartialDate published = r[4] == null
                    ? null
                    : new PartialDate((String) r[4], toDate(r[5]), toDate(r[6]), DatePrecision.valueOf((String) r[7]));
            grouped.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new CitationView((String) r[1],
                    (String) r[2], (String) r[3], published, (String) r[8], ((Number) r[9]).intValue(),
                    ((Number) r[10]).intValue(), (String) r[11], CitationView.documentHref((String) r[1])));
        }
        return grouped;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Claims about the given subjects with their citations, by subject id; as of a day, claims without support drop. */
    public static Map<Long, List<ClaimView>> claims(Subject subject, Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> claims = Panache.getEntityManager()
                .createQuery("select c.id, c." + subject.path + ".id, c.about, c.value from Claim c where c." + subject.path
                        + ".id in :ids order by c.about, c.id", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, List<CitationView>> citations = citations(Subject.CLAIM, claims.stream().map(c -> (Long) c[0]).toList(),
                asOf);
        Map<Long, List<ClaimView>> grouped = new LinkedHashMap<>();
        for (Object[] c : claims) {
            List<CitationView> support = citations.getOrDefault((Long) c[0], List.of());
            if (!support.isEmpty()) {
                grouped.computeIfAbsent((Long) c[1], k -> new ArrayList<>())
                        .add(new ClaimView((String) c[2], (String) c[3], support));
            }
        }
        return grouped;
    }
}
