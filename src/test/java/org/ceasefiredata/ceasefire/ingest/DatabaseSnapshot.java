package org.ceasefiredata.ceasefire.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** What the dataset tables hold, compact enough to compare before and after a load: row counts and slug → id. */
record DatabaseSnapshot(Map<String, Object> content) {

    static final List<String> SLUGGED = List.of("source_document", "participant", "meeting", "commitment", "deadline");
    static final List<String> OTHERS = List.of("participant_name", "participant_office", "membership", "meeting_participant",
            "commitment_party", "deadline_setter", "status_assessment", "claim", "citation", "mention", "set_apart_segment",
            "seed_load");

    static DatabaseSnapshot take(EntityManager em) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String table : SLUGGED) {
            content.put(table,
                    em.createNativeQuery("select slug || '=' || id from " + table + " order by slug").getResultList());
        }
        for (String table : OTHERS) {
            content.put(table + ".count", em.createNativeQuery("select count(*) from " + table).getSingleResult());
        }
        return new DatabaseSnapshot(content);
    }

    long count(String table) {
        Object value = content.get(table + ".count");
        return value == null ? ((List<?>) content.get(table)).size() : ((Number) value).longValue();
    }
}
