package org.ceasefiredata.ceasefire.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

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

        Subject(String path) {
            this.path = path;
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
        String query = "select c." + subject.path + ".id, d.slug, d.title, d.outlet, d.published.value,"
                + " d.published.earliest, d.published.latest, d.published.precision, c.quote, c.startOffset, c.endOffset,"
                + " c.documentSha256 from Citation c join c.document d where c." + subject.path + ".id in :ids"
                + (asOf == null ? "" : " and d.published.latest <= :asOf")
                + " order by d.slug, c.startOffset, c.id";
        var q = em.createQuery(query, Object[].class).setParameter("ids", ids);
        if (asOf != null) {
            q.setParameter("asOf", asOf);
        }
        Map<Long, List<CitationView>> grouped = new LinkedHashMap<>();
        for (Object[] r : q.getResultList()) {
            PartialDate published = r[4] == null
                    ? null
                    : new PartialDate((String) r[4], (LocalDate) r[5], (LocalDate) r[6], (DatePrecision) r[7]);
            grouped.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new CitationView((String) r[1],
                    (String) r[2], (String) r[3], published, (String) r[8], (Integer) r[9], (Integer) r[10], (String) r[11],
                    CitationView.documentHref((String) r[1])));
        }
        return grouped;
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
