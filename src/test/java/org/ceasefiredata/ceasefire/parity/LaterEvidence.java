package org.ceasefiredata.ceasefire.parity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds, anywhere in an answer of either API, the citations of documents not yet published on a day: every
 * {@code citations} list at every depth, a citation's publication read from its {@code published} (REST) or its
 * {@code document.published} (GraphQL). A document counts from the last day of its publication window; an undated one
 * never counts.
 */
public final class LaterEvidence {

    /** How many citations an answer holds, and where those published after the day are. */
    public record Findings(int checked, List<String> later) {
    }

    private LaterEvidence() {
    }

    /** The citations in {@code answer} (a JSON tree of maps and lists) and those published after {@code day}. */
    public static Findings in(Object answer, LocalDate day) {
        List<String> later = new ArrayList<>();
        int checked = walk(answer, "", day, later);
        return new Findings(checked, later);
    }

    private static int walk(Object node, String path, LocalDate day, List<String> later) {
        int checked = 0;
        if (node instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> e : object.entrySet()) {
                String at = path.isEmpty() ? e.getKey().toString() : path + "." + e.getKey();
                if (e.getKey().equals("citations") && e.getValue() instanceof List<?> citations) {
                    for (int i = 0; i < citations.size(); i++) {
                        checked++;
                        Map<?, ?> citation = (Map<?, ?>) citations.get(i);
                        String latest = latest(citation);
                        if (latest == null || LocalDate.parse(latest).isAfter(day)) {
                            later.add(at + "[" + i + "] " + document(citation) + " published by " + latest);
                        }
                    }
                }
                checked += walk(e.getValue(), at, day, later);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checked += walk(list.get(i), path + "[" + i + "]", day, later);
            }
        }
        return checked;
    }

    private static String latest(Map<?, ?> citation) {
        Object published = citation.get("published");
        if (published == null && citation.get("document") instanceof Map<?, ?> document) {
            published = document.get("published");
        }
        return published instanceof Map<?, ?> window ? (String) window.get("latest") : null;
    }

    private static Object document(Map<?, ?> citation) {
        Object document = citation.get("document");
        return document instanceof Map<?, ?> d ? d.get("slug") : document;
    }
}
