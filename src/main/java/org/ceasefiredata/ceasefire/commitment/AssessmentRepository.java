package org.ceasefiredata.ceasefire.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.evidence.CitationRow;
import org.ceasefiredata.ceasefire.evidence.EvidenceRepository;
import org.ceasefiredata.ceasefire.evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.paging.Sql;
import org.ceasefiredata.ceasefire.paging.Where;

/**
 * Status histories of commitments and deadlines, and their status as assessed on a day: the last assessment that is
 * known then, or {@code unknown}. An assessment is known on a day when every source it cites was published by then:
 * the loader stores the day of its latest source ({@code as_of_latest}, a window's last day) and refuses assessments
 * mixing sources of different days, so a judgement never shows what a later text brought.
 */
@ApplicationScoped
public class AssessmentRepository {

    @Inject
    Sql sql;
    @Inject
    EvidenceRepository evidence;

    /**
     * The SQL expression of the status of record {@code alias} ({@code commitment} or {@code deadline} subject) as
     * assessed on {@code asOf}: the stored status without a day.
     */
    public static String status(Where where, Subject subject, String alias, LocalDate asOf) {
        if (asOf == null) {
            return alias + ".status";
        }
        String day = where.param(asOf);
        return "coalesce((select a.status from status_assessment a where a." + subject.column() + " = " + alias + ".id and "
                + judged("a", day)
                + " order by a.position desc limit 1), 'UNKNOWN')";
    }

    /** "Assessment {@code alias} is known on the day bound to {@code day}": all of its sources were published by then. */
    private static String judged(String alias, String day) {
        return alias + ".as_of_latest <= " + day;
    }

    /** The assessments of the records, oldest first, by record id; as of a day, those known then. */
    public Map<Long, List<AssessmentRow>> history(Subject subject, Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Where w = new Where();
        w.and("a." + subject.column() + " = any(" + w.param(List.copyOf(ids)) + ")");
        if (asOf != null) {
            w.and(judged("a", w.param(asOf)));
        }
        List<AssessmentRow> rows = sql.lookup("select a.id, a." + subject.column() + " as subject_id, a.status, a.note,"
                + " a.as_of_value, a.as_of_earliest, a.as_of_latest, a.as_of_precision, a.basis from status_assessment a"
                + w.clause() + " order by a.position, a.id", w.params(),
                r -> new AssessmentRow(r.id("id"), r.id("subject_id"), r.text("status"), r.text("note"),
                        r.partialDate("as_of"), r.constant(Basis.class, "basis"), List.of()));
        Map<Long, List<CitationRow>> support = evidence.citations(Subject.STATUS_ASSESSMENT,
                rows.stream().map(AssessmentRow::id).toList(), asOf);
        Map<Long, List<AssessmentRow>> grouped = new LinkedHashMap<>();
        for (AssessmentRow a : rows) {
            grouped.computeIfAbsent(a.subjectId(), k -> new ArrayList<>()).add(new AssessmentRow(a.id(), a.subjectId(),
                    a.status(), a.note(), a.asOf(), a.basis(), support.getOrDefault(a.id(), List.of())));
        }
        return grouped;
    }
}
