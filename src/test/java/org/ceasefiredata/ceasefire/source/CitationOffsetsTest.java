package org.ceasefiredata.ceasefire.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ceasefiredata.ceasefire.evidence.SourceDocument;
import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Every stored offset must slice its document's original text to exactly the stored words. */
@QuarkusTest
class CitationOffsetsTest {

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void everyCitationSlicesItsDocumentToItsQuote() {
        long total = ((Number) em.createNativeQuery("select count(*) from citation").getSingleResult()).longValue();
        assertTrue(total > 100, "citations: " + total);
        // PostgreSQL's substr counts characters (code points), like the offsets.
        List<?> wrong = em.createNativeQuery("""
                select c.id from citation c join source_document d on d.id = c.document_id
                where substr(d.original_text, c.start_offset + 1, c.end_offset - c.start_offset) <> c.quote
                   or c.document_sha256 <> d.sha256""").getResultList();
        assertEquals(List.of(), wrong);
    }

    @Test
    @TestTransaction
    void everyMentionSlicesItsDocumentToItsText() {
        long total = ((Number) em.createNativeQuery("select count(*) from mention").getSingleResult()).longValue();
        assertTrue(total > 100, "mentions: " + total);
        List<?> wrong = em.createNativeQuery("""
                select m.id from mention m join source_document d on d.id = m.document_id
                where substr(d.original_text, m.start_offset + 1, m.end_offset - m.start_offset) <> m.text""")
                .getResultList();
        assertEquals(List.of(), wrong);
    }

    @Test
    @TestTransaction
    void storedTextsAreTheSeedFilesByteForByte() throws Exception {
        for (SourceDocument d : SourceDocument.<SourceDocument>listAll()) {
            byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("seeds", d.fileName));
            assertEquals(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), d.originalText, d.fileName);
            assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
                    d.sha256, d.fileName);
        }
    }
}
