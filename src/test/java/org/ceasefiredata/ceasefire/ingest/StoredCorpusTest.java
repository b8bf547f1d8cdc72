package org.ceasefiredata.ceasefire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** What the loader stores from the curated corpus for issue #13: reader's quotes, dated assessments, linking policy. */
@QuarkusTest
class StoredCorpusTest {

    @Inject
    EntityManager em;

    private List<?> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private Object one(String sql) {
        return em.createNativeQuery(sql).getSingleResult();
    }

    @Test
    @TestTransaction
    void everyCitationCarriesTheQuoteAsAReaderSeesIt() {
        assertEquals(List.of(), rows("select id from citation where clean_quote like '%](%' or clean_quote like '%[%'"));
        assertTrue(((Number) one("select count(*) from citation where quote like '%](#)%'")).intValue() > 40);
        // In the body, the reader's quote is exactly the cleaned text at its cleaned offsets.
        assertEquals(List.of(), rows("""
                select c.id from citation c join source_document d on d.id = c.document_id
                where c.clean_start_offset is not null and substr(d.cleaned_text, c.clean_start_offset + 1,
                      c.clean_end_offset - c.clean_start_offset) <> c.clean_quote"""));
        assertEquals("The CoH excluded UNSC-designated terrorist groups ISIS and Jabhat al-Nusra.", one("""
                select distinct clean_quote from citation
                where quote = 'The CoH excluded UNSC-designated terrorist groups [ISIS](#) and [Jabhat al-Nusra](#).'"""));
        Object[] teaser = (Object[]) one("""
                select distinct clean_quote, segment_kind, clean_start_offset from citation
                where quote = 'Turkey calls for fourth round of Syria talks'""");
        assertEquals("Turkey calls for fourth round of Syria talks", teaser[0]);
        assertEquals("teaser", teaser[1]);
        assertNull(teaser[2]);
    }

    /** Issue #13: every assessment is as of its latest source, and (in this corpus) all its sources share that date. */
    @Test
    @TestTransaction
    void everyAssessmentIsAsOfThePublicationOfItsSources() {
        assertEquals(List.of(), rows("""
                select a.id from status_assessment a join citation c on c.status_assessment_id = a.id
                join source_document d on d.id = c.document_id
                group by a.id, a.as_of_earliest, a.as_of_latest
                having max(d.published_latest) <> a.as_of_latest or min(d.published_latest) <> a.as_of_latest
                    or min(d.published_earliest) <> a.as_of_earliest or max(d.published_earliest) <> a.as_of_earliest"""));
        assertEquals(0, ((Number) one("select count(*) from status_assessment where as_of_latest is null")).intValue());
        // The leak of the issue: on 12 February 2016 the March 1 proposal's assessment cites nothing later.
        assertEquals(List.of("2016-02-12", "2016-05-17/2016-07-31"), rows("""
                select a.as_of_value from status_assessment a join deadline d on d.id = a.deadline_id
                where d.slug = 'russia-proposed-ceasefire-march-1' order by a.position"""));
    }

    @Test
    @TestTransaction
    void linksMetonymsExceptAsPlacesAndReferencesOnlyWhereCited() {
        List<?> moscow = rows("""
                select d.slug || ':' || m.name_kind || ':' || m.confidence from mention m
                join source_document d on d.id = m.document_id join participant p on p.id = m.participant_id
                where m.text = 'Moscow' and p.slug = 'russia' order by d.slug, m.start_offset""");
        assertEquals(List.of("ap-geneva-kerry-lavrov-2016-08-26:METONYM:0.6",
                "kerry-lavrov-geneva-preview-2016-08:METONYM:0.6",
                "southeast-missourian-munich-issg-2016-02-12:METONYM:0.6"), moscow);
        // The other three of the six are the city: 'a visit to Moscow', 'in Moscow' twice.
        assertEquals(3, ((Number) one("select count(*) from mention where text = 'Moscow'")).intValue());
        assertEquals(List.of("ceasefire-task-force:REFERENCE:0.8", "ceasefire-task-force:REFERENCE:0.8"), rows("""
                select p.slug || ':' || m.name_kind || ':' || m.confidence from mention m
                join participant p on p.id = m.participant_id where m.text in ('the task force', 'The new task force')
                order by m.start_offset"""));
        assertEquals(0, ((Number) one("""
                select count(*) from mention m join participant p on p.id = m.participant_id where p.slug = 'syria'"""))
                .intValue(), "'Syria' names the place in nearly every use and is not linked automatically");
        assertEquals(List.of("Syria"), rows("""
                select n.name from participant_name n join participant p on p.id = n.participant_id
                where p.slug = 'syria' and n.kind = 'PREFERRED'"""));
    }

    @Test
    @TestTransaction
    void findsMentionsInSetApartSegmentsTooMarkedWithTheirKind() {
        assertEquals(List.of("Turkey", "US", "Russia", "UN Syria envoy", "Staffan de Mistura", "UN’s Syria envoy", "US",
                "Syrian government", "Syria’s government"), rows("""
                        select m.text from mention m join source_document d on d.id = m.document_id
                        where d.slug = 'kerry-lavrov-geneva-preview-2016-08' and m.kind = 'PARTICIPANT'
                          and m.segment_kind = 'teaser' order by m.start_offset"""));
        Object[] july17 = (Object[]) one("""
                select m.date_value, m.segment_kind, m.clean_end_offset - m.clean_start_offset from mention m
                where m.kind = 'DATE' and m.text = 'July 17'""");
        assertEquals("2016-07-17", july17[0]);
        assertEquals("teaser", july17[1]);
        assertEquals(0, ((Number) july17[2]).intValue(), "an empty cleaned span where the segment was taken out");
        assertNull(one("select m.date_value from mention m where m.kind = 'DATE' and m.text = 'within a month'"),
                "a teaser is an undated report: nothing to count from");
        assertEquals("2016-05-17", one("""
                select m.date_value from mention m where m.kind = 'DATE' and m.segment_kind = 'photo-credit'"""));
    }

    /** Issue #13: the three wrongly extracted dates of the ISSG explainer. */
    @Test
    @TestTransaction
    void resolvesTheExplainersDatesAsItsCuratedDeadlinesDo() {
        assertEquals(List.of("within six months:2016-01-01/2016-07-31:YEAR", "within 18 months:2016-01-01/2017-07-31:YEAR",
                "August 1:2016-08-01:DAY"), rows("""
                        select m.text || ':' || m.date_value || ':' || m.date_precision from mention m
                        join source_document d on d.id = m.document_id
                        where d.slug = 'issg-overview-2016' and m.text in ('August 1', 'within six months',
                              'within 18 months') order by m.start_offset"""));
        assertEquals(List.of("2016-07-31", "2017-07-31"), rows("""
                select to_char(due_latest, 'YYYY-MM-DD') from deadline
                where slug in ('political-transition-within-six-months', 'elections-within-18-months')
                order by due_latest"""));
    }

    @Test
    @TestTransaction
    void storesTheBasisOfJudgementsAndPublicationDates() {
        assertEquals("EXTERNAL",
                one("select basis from source_document where slug = 'us-russia-near-deal-hangzhou-2016-09-04'"));
        assertEquals("INFERRED", one("select basis from meeting where slug = 'intra-syrian-talks'"));
        assertEquals("INFERRED", one("""
                select a.basis from status_assessment a join deadline d on d.id = a.deadline_id
                where d.slug = 'un-deadline-emergency-airdrops'"""));
        assertEquals("STATED", one("select basis from commitment where slug = 'munich-humanitarian-deliveries'"));
        assertEquals("PARTLY_KEPT", one("select status from commitment where slug = 'munich-cessation-of-hostilities'"));
    }
}
