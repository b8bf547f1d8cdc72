package org.ceasefiredata.ceasefire.explorer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import org.ceasefiredata.ceasefire.kernel.InvalidInput;

/**
 * The forms a reference to a record can take: CSL-JSON (what Zotero, Pandoc and Mendeley read), BibTeX, RIS, and
 * references formatted by a CSL style (APA, Chicago author-date), each with its media type for content negotiation.
 */
public enum CiteFormat {
    CSL_JSON("csl-json", "application", "vnd.citationstyles.csl+json", null), BIBTEX("bibtex", "application", "x-bibtex",
            null), RIS("ris", "application", "x-research-info-systems", null), APA("apa", "text", "x-bibliography",
                    "apa"), CHICAGO("chicago", "text", "x-bibliography", "chicago-author-date");

    /** The value of the {@code format} parameter. */
    public final String name;
    /** The CSL style that formats the reference (null for the data formats). */
    public final String style;
    private final MediaType type;

    CiteFormat(String name, String type, String subtype, String style) {
        this.name = name;
        this.style = style;
        this.type = style == null ? new MediaType(type, subtype) : new MediaType(type, subtype, Map.of("style", style));
    }

    /** The media type, with {@code style} for a formatted reference (as DOI content negotiation spells it). */
    public MediaType mediaType() {
        return type;
    }

    /** The media type sent with a response: UTF-8 text. */
    public String contentType() {
        return type + "; charset=UTF-8";
    }

    public String fileExtension() {
        return switch (this) {
            case CSL_JSON -> "json";
            case BIBTEX -> "bib";
            case RIS -> "ris";
            default -> "txt";
        };
    }

    /** The media types offered, in order of preference when a client accepts several equally. */
    public static List<MediaType> offered() {
        return Arrays.stream(values()).map(CiteFormat::mediaType).toList();
    }

    /** The format whose media type was chosen. */
    public static CiteFormat of(MediaType chosen) {
        for (CiteFormat f : values()) {
            if (f.type.equals(chosen)) {
                return f;
            }
        }
        throw new IllegalArgumentException("not a citation media type: " + chosen);
    }

    /**
     * The format named by the {@code format} parameter.
     *
     * @throws InvalidInput naming the allowed values
     */
    public static CiteFormat parse(String parameter, String value) {
        for (CiteFormat f : values()) {
            if (f.name.equals(value.trim())) {
                return f;
            }
        }
        throw InvalidInput.of(parameter, "unknown format '" + value + "'; expected one of "
                + String.join(", ", Arrays.stream(values()).map(f -> f.name).toList()));
    }
}
