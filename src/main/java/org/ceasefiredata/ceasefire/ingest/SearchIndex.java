package org.ceasefiredata.ceasefire.ingest;

import jakarta.persistence.EntityManager;

/**
 * Rebuilds the full-text search table from the dataset in SQL, inside the load's transaction. Each entry carries all
 * names of the participants it involves, so that any name of a participant finds it.
 */
final class SearchIndex {

    /** All names of the participants of {@code ids} (a subquery yielding participant ids), space-separated. */
    private static String namesOf(String participantIds) {
        return "coalesce((select string_agg(n.name, ' ') from participant_name n where n.participant_id in (" + participantIds
                + ")), '')";
    }

    private SearchIndex() {
    }

    static void rebuild(EntityManager em) {
        em.createNativeQuery("delete from search_entry").executeUpdate();
        String id = "nextval('search_entry_seq')";
        em.createNativeQuery("insert into search_entry (id, kind, slug, title, body, names, earliest, latest)"
                + " select " + id + ", 'meeting', m.slug, m.title,"
                + " concat_ws(' ', m.outcome, m.place, m.country), "
                + namesOf("select mp.participant_id from meeting_participant mp where mp.meeting_id = m.id")
                + ", m.date_earliest, m.date_latest from meeting m").executeUpdate();
        em.createNativeQuery("insert into search_entry (id, kind, slug, title, body, names, earliest, latest)"
                + " select " + id + ", 'participant', p.slug, p.name, coalesce(p.description, ''), "
                + namesOf("p.id") + ", null, null from participant p").executeUpdate();
        em.createNativeQuery("insert into search_entry (id, kind, slug, title, body, names, earliest, latest)"
                + " select " + id + ", 'commitment', c.slug, c.summary, '', "
                + namesOf("select cp.participant_id from commitment_party cp where cp.commitment_id = c.id")
                + ", c.date_earliest, c.date_latest from commitment c").executeUpdate();
        em.createNativeQuery("insert into search_entry (id, kind, slug, title, body, names, earliest, latest)"
                + " select " + id + ", 'deadline', d.slug, d.description, concat_ws(' ', d.expression, d.anchor_event), "
                + namesOf("select s.participant_id from deadline_setter s where s.deadline_id = d.id")
                + ", d.due_earliest, d.due_latest from deadline d").executeUpdate();
        em.createNativeQuery("insert into search_entry (id, kind, slug, title, body, names, earliest, latest)"
                + " select " + id + ", 'document', d.slug, coalesce(d.title, d.slug), d.cleaned_text, "
                + namesOf(
                        "select distinct x.participant_id from mention x where x.document_id = d.id and x.participant_id is not null")
                + ", d.published_earliest, d.published_latest from source_document d").executeUpdate();
    }
}
