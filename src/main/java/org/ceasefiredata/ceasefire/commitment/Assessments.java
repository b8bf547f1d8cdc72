package org.ceasefiredata.ceasefire.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ceasefiredata.ceasefire.evidence.CitationView;
import org.ceasefiredata.ceasefire.evidence.Evidence;
import org.ceasefiredata.ceasefire.evidence.Evidence.Subject;
import org.ceasefiredata.ceasefire.web.Where;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Status histories of commitments and deadlines, and their status as assessed on a given day: the last assessment
 * supported by a source published by then, or {@code unknown}.
 */
public final class Assessments {

    private Assessments() {
    }

    /** The assessments of the subjects (commitment or deadline), oldest first, as known on {@code asOf} (null: all). */
    public static Map<Long, List<AssessmentView>> history(Subject subject, Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Panache.getEntityManager()
                .createQuery("select a.id, a." + subject.name().toLowerCase(Locale.ROOT) + ".id, a.status, a.note"
                        + " from StatusAssessment a where a." + subject.name().toLowerCase(Locale.ROOT)
                        + ".id in :ids order by a.position", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, List<CitationView>> evidence = Evidence.citations(Subject.STATUS_ASSESSMENT,
                rows.stream().map(r -> (Long) r[0]).toList(), asOf);
        Map<Long, List<AssessmentView>> grouped = new LinkedHashMap<>();
        for (Object[] r : rows) {
            List<CitationView> support = evidence.getOrDefault((Long) r[0], List.of());
            if (asOf == null || !support.isEmpty()) {
                grouped.computeIfAbsent((Long) r[1], k -> new ArrayList<>())
                        .add(new AssessmentView(wire((String) r[2]), (String) r[3], support));
            }
        }
        return grouped;
    }

    /** The wire spelling of a stored status constant ({@code PARTLY_KEPT} → {@code partly-kept}). */
    static String wire(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * An HQL expression for the subject's status constant as assessed by {@code asOf}: the last assessment with a
     * source published by then, else {@code UNKNOWN}. Without {@code asOf}, the stored current status.
     */
    static String statusExpression(String subjectPath, LocalDate asOf, Where where) {
        if (asOf == null) {
            return "str(e.status)";
        }
        String day = where.param(asOf);
        return "coalesce((select a.status from StatusAssessment a where a." + subjectPath + " = e and a.position ="
                + " (select max(a2.position) from StatusAssessment a2 where a2." + subjectPath + " = e and exists"
                + " (select 1 from Citation c where c.statusAssessment = a2 and c.document.published.latest <= " + day
                + "))), 'UNKNOWN')";
    }

    /** The status of each subject as of the day: the last assessment in its (as-of) history, or unknown. */
    public static String statusAsOf(List<AssessmentView> history) {
        return history == null || history.isEmpty() ? "unknown" : history.get(history.size() - 1).status();
    }
}
