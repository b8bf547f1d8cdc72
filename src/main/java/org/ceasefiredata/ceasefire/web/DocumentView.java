package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A source document as served: metadata; for one document also its texts, what was set apart, and its mentions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Document", description = "A source text of the dataset. Lists carry metadata; a single document also carries its original and cleaned texts, the segments set apart while cleaning, and the mentions found in it.")
public record DocumentView(
        @Schema(description = "Stable identifier, used in URLs.", example = "ap-geneva-kerry-lavrov-2016-08-26") String slug,
        @Schema(description = "Headline, or a descriptive title when the text has none (see notes).", example = "Despite progress, US-Russia fall short on truce for Syria") String title,
        @Schema(description = "Publication that carried the text.", example = "Southeast Missourian") String outlet,
        @Schema(description = "News agency the text is credited to.", example = "AP") String agency,
        @Schema(description = "Where it was published online.", example = "https://example.org/story") String url,
        @Schema(description = "Language (ISO 639).", example = "en") String language,
        @Schema(description = "When it was published, as precisely as known.") PartialDate published,
        @Schema(description = "How the publication date was established when the text does not state it.", example = "'Friday' in the text is 26 August 2016, the day of the Geneva talks") String publishedBasis,
        @Schema(description = "Place the story was filed from.", example = "Geneva") String dateline,
        @Schema(description = "Curators' notes.", example = "The text has no headline; the title is descriptive.") String notes,
        @Schema(description = "False for a text loaded without curated metadata (linked automatically only).") boolean curated,
        @Schema(description = "SHA-256 of the original text (UTF-8 bytes).", example = "5e4585709c64042e907aabd16b4578414b1d4db7eebc9cbae7ca0539e51c11e4") String sha256,
        @Schema(description = "Length of the original text in Unicode code points.", example = "3429") Integer length,
        @Schema(description = "The text exactly as received; citation offsets index it. Single document only.", example = "AP, Geneva :The United States and Russia say...") String originalText,
        @Schema(description = "The text cleaned for reading and search. Single document only.", example = "AP, Geneva: The United States and Russia say...") String cleanedText,
        @Schema(description = "Segments kept out of the cleaned text (captions, credits, boilerplate, teasers). Single document only.") List<SegmentView> setApart,
        @Schema(description = "Participants and date expressions found in the text. Single document only.") List<MentionView> mentions) {

    /** A segment of the original text set apart from the cleaned text. */
    @Schema(name = "SetApartSegment", description = "A part of the original text kept out of the cleaned text, and why.")
    @org.eclipse.microprofile.graphql.Type("SetApartSegment")
    @Description("A part of the original text kept out of the cleaned text, and why.")
    public record SegmentView(
            @Description("Why it was set apart.") @Schema(description = "Why it was set apart.", enumeration = {
                    "caption", "photo-credit", "boilerplate", "teaser", "layout", "duplicate"}) String kind,
            @Description("Code-point offset in the original text.") @Schema(description = "Code-point offset in the original text.", example = "412") int start,
            @Description("Code-point offset just past its end.") @Schema(description = "Code-point offset just past its end.", example = "437") int end,
            @Description("The segment.") @Schema(description = "The segment.", example = "Photo: Austrian Foreign Ministry, Flickr, 17 May 2016") String text){
    }
}
