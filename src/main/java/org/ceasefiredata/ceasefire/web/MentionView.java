package org.ceasefiredata.ceasefire.web;

import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A participant name or date expression found automatically in a document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Mention", description = "A participant name or a date expression found automatically in a document, with offsets in the original text (as citations) and in the cleaned text.")
public record MentionView(
        @Schema(description = "What the mention refers to.") MentionKind kind,
        @Schema(description = "The words in the original text.", example = "Jabhat al-Nusra") String text,
        @Schema(description = "Code-point offset in the original text.", example = "1207") int start,
        @Schema(description = "Code-point offset just past its end in the original text.", example = "1222") int end,
        @Schema(description = "Code-point offset in the cleaned text.", example = "1190") int cleanStart,
        @Schema(description = "Code-point offset just past its end in the cleaned text.", example = "1205") int cleanEnd,
        @Schema(description = "Participant mentions: who.") RecordRef participant,
        @Schema(description = "Date mentions: absolute ('Feb. 25') or relative ('last month').", enumeration = {
                "absolute", "relative"}) String dateType,
        @Schema(description = "Date mentions: the window it resolves to; absent when it cannot be resolved.") PartialDate date,
        @Schema(description = "Date mentions: how it was resolved.", example = "weekday on or before publication 2016-08-27") String basis,
        @Schema(description = "The document.") RecordRef document){
}
