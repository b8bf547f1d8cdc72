package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.document.DocumentDocs;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A source document as served: metadata; for one document also its texts, what was set apart, and its mentions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Document", description = "A source text of the dataset. Lists carry metadata; a single document also carries its original and cleaned texts, the segments set apart while cleaning, and the mentions found in it.")
public record DocumentView(
        @Schema(description = Docs.SLUG_FIELD, example = "ap-geneva-kerry-lavrov-2016-08-26") String slug,
        @Schema(description = DocumentDocs.TITLE, example = "Despite progress, US-Russia fall short on truce for Syria") String title,
        @Schema(description = DocumentDocs.OUTLET, example = "Southeast Missourian") String outlet,
        @Schema(description = DocumentDocs.AGENCY, example = "AP") String agency,
        @Schema(description = DocumentDocs.URL, example = "https://example.org/story") String url,
        @Schema(description = DocumentDocs.LANGUAGE, example = "en") String language,
        @Schema(description = DocumentDocs.PUBLISHED) PartialDate published,
        @Schema(description = DocumentDocs.PUBLISHED_BASIS, example = "'Friday' in the text is 26 August 2016, the day of the Geneva talks") String publishedBasis,
        @Schema(description = DocumentDocs.DATELINE, example = "Geneva") String dateline,
        @Schema(description = DocumentDocs.NOTES, example = "The text has no headline; the title is descriptive.") String notes,
        @Schema(description = DocumentDocs.CURATED) boolean curated,
        @Schema(description = Docs.BASIS_OF_DOCUMENT) Basis basis,
        @Schema(description = DocumentDocs.SHA256, example = "5e4585709c64042e907aabd16b4578414b1d4db7eebc9cbae7ca0539e51c11e4") String sha256,
        @Schema(description = DocumentDocs.LENGTH, example = "3429") Integer length,
        @Schema(description = "The text exactly as received; citation offsets index it. Single document only.", example = "AP, Geneva :The United States and Russia say...") String originalText,
        @Schema(description = "The text cleaned for reading and search. Single document only.", example = "AP, Geneva: The United States and Russia say...") String cleanedText,
        @Schema(description = "Segments kept out of the cleaned text (captions, credits, boilerplate, teasers). Single document only.") List<SegmentView> setApart,
        @Schema(description = "Participants and date expressions found in the text. Single document only.") List<MentionView> mentions) {

    /** A segment of the original text set apart from the cleaned text. */
    @Schema(name = "SetApartSegment", description = DocumentDocs.SEGMENT)
    @org.eclipse.microprofile.graphql.Type("SetApartSegment")
    @Description(DocumentDocs.SEGMENT)
    public record SegmentView(
            @Description(DocumentDocs.SEGMENT_KIND) @Schema(description = DocumentDocs.SEGMENT_KIND) SegmentKind kind,
            @Description(DocumentDocs.SEGMENT_START) @Schema(description = DocumentDocs.SEGMENT_START, example = "412") int start,
            @Description(DocumentDocs.SEGMENT_END) @Schema(description = DocumentDocs.SEGMENT_END, example = "437") int end,
            @Description(DocumentDocs.SEGMENT_TEXT) @Schema(description = DocumentDocs.SEGMENT_TEXT, example = "Photo: Austrian Foreign Ministry, Flickr, 17 May 2016") String text) {
    }
}
