package org.ceasefiredata.ceasefire.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Batched loading of citations and claims for many records at once: one query per kind of subject, whatever the number
 * of records, so that lists never run a query per row.
 */
public final class Evidence {

    /** The fact a citation or claim can be attached to, with the path of its subject column in the query language. */
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

    /** Citations of the given subjects, by subject id, in document then text order. */
    public static Map<Long, List<CitationView>> citations(Subject subject, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Citation> found = Citation.find("select c from Citation c join fetch c.document where c." + subject.path
                + ".id in ?1 order by c.document.slug, c.startOffset, c.id", ids).list();
        return group(found, c -> subjectId(c, subject), CitationView::of);
    }

    /** Claims about the given subjects, with their citations, by subject id. */
    public static Map<Long, List<ClaimView>> claims(Subject subject, Collection<Long> ids) {
        if (ids.isEmpty() || !(subject == Subject.PARTICIPANT || subject == Subject.MEETING || subject == Subject.COMMITMENT
                || subject == Subject.DEADLINE)) {
            return Map.of();
        }
        List<Claim> claims = Claim.find("where " + subject.path + ".id in ?1 order by about, id", ids).list();
        Map<Long, List<CitationView>> citations = citations(Subject.CLAIM, claims.stream().map(c -> c.id).toList());
        return group(claims, c -> switch (subject) {
            case PARTICIPANT -> c.participant.id;
            case MEETING -> c.meeting.id;
            case COMMITMENT -> c.commitment.id;
            default -> c.deadline.id;
        }, c -> new ClaimView(c.about, c.value, citations.getOrDefault(c.id, List.of())));
    }

    private static Long subjectId(Citation c, Subject subject) {
        return switch (subject) {
            case PARTICIPANT -> c.participant.id;
            case PARTICIPANT_NAME -> c.participantName.id;
            case PARTICIPANT_OFFICE -> c.participantOffice.id;
            case MEMBERSHIP -> c.membership.id;
            case MEETING -> c.meeting.id;
            case MEETING_PARTICIPANT -> c.meetingParticipant.id;
            case COMMITMENT -> c.commitment.id;
            case DEADLINE -> c.deadline.id;
            case STATUS_ASSESSMENT -> c.statusAssessment.id;
            case CLAIM -> c.claim.id;
        };
    }

    private static <E, V> Map<Long, List<V>> group(List<E> rows, Function<E, Long> key, Function<E, V> view) {
        Map<Long, List<V>> grouped = new LinkedHashMap<>();
        for (E row : rows) {
            grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(view.apply(row));
        }
        return grouped;
    }
}
