package org.ceasefiredata.ceasefire.document;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.PartialDate;

/**
 * A source document's metadata as read (its texts are read separately: they are large), with what its publication date
 * rests on.
 */
public record DocumentRow(long id, String slug, String title, String outlet, String agency, String url, String language,
        PartialDate published, String publishedBasis, String dateline, String notes, boolean curated, String sha256,
        int length, Basis basis) {
}
