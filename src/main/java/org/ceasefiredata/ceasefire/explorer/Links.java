package org.ceasefiredata.ceasefire.explorer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.web.CitationView;

import io.quarkus.qute.TemplateExtension;

/**
 * The explorer's URLs. A record's permalink is {@code /{type}s/{slug}} (the REST path without {@code /api/v1}); "as
 * known on" a day adds {@code ?asOf=}, which every link of a page carries on, so that a reader stays on that day.
 */
@TemplateExtension
public final class Links {

    private Links() {
    }

    /** The page of a record: {@code /meetings/issg-munich-2016-02}, with {@code ?asOf=} when a day is set. */
    public static String page(RecordType type, String slug, LocalDate asOf) {
        return "/" + type.wire() + "s/" + slug + asOf(asOf, '?');
    }

    /** The REST path of a record. */
    public static String api(RecordType type, String slug, LocalDate asOf) {
        return "/api/v1/" + type.wire() + "s/" + slug + asOf(asOf, '?');
    }

    /** {@code ?asOf=day} (or {@code &asOf=day}), or nothing. */
    static String asOf(LocalDate asOf, char separator) {
        return asOf == null ? "" : separator + "asOf=" + asOf;
    }

    /** The page of a referenced record, as known on the page's day ({@code {ref.page(day)}} in templates). */
    public static String page(RecordRef ref, LocalDate asOf) {
        return page(RecordType.ofWire(ref.type()), ref.slug(), asOf);
    }

    /** The place of a citation's quote on its source page. */
    public static String source(CitationView c, LocalDate asOf) {
        return page(RecordType.DOCUMENT, c.document(), asOf) + "#q-" + c.start() + "-" + c.end();
    }

    /** A query parameter value, encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
