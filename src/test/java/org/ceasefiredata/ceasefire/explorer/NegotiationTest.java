package org.ceasefiredata.ceasefire.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

/** Content negotiation of the permalinks: quality values, specificity, parameters, and the first offer on ties. */
class NegotiationTest {

    static final List<MediaType> OFFERED = ExplorerPages.RECORD_TYPES;

    @Test
    void aBrowserGetsThePage() {
        assertEquals(MediaType.TEXT_HTML_TYPE, Negotiation.choose(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", OFFERED));
        assertEquals(MediaType.TEXT_HTML_TYPE, Negotiation.choose("*/*", OFFERED));
        assertEquals(MediaType.TEXT_HTML_TYPE, Negotiation.choose(null, OFFERED));
    }

    @Test
    void aProgramGetsJsonOrTheReferenceItAsksFor() {
        assertEquals(MediaType.APPLICATION_JSON_TYPE, Negotiation.choose("application/json", OFFERED));
        assertEquals(MediaType.APPLICATION_JSON_TYPE, Negotiation.choose("text/html;q=0.5, application/json", OFFERED));
        assertEquals(CiteFormat.BIBTEX.mediaType(), Negotiation.choose("application/x-bibtex", OFFERED));
        assertEquals(CiteFormat.CHICAGO.mediaType(),
                Negotiation.choose("text/x-bibliography; style=chicago-author-date", OFFERED));
        assertEquals(CiteFormat.APA.mediaType(), Negotiation.choose("text/x-bibliography", OFFERED));
    }

    @Test
    void nothingAcceptableIsNull() {
        assertNull(Negotiation.choose("image/png", OFFERED));
        assertNull(Negotiation.choose("application/json;q=0", List.of(MediaType.APPLICATION_JSON_TYPE)));
        assertNull(Negotiation.choose("text/x-bibliography; style=mla", OFFERED));
    }
}
