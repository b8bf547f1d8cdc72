package org.ceasefiredata.ceasefire.web;

import org.ceasefiredata.ceasefire.document.DocumentDocs;
import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.ceasefiredata.ceasefire.kernel.SegmentKind;
import org.ceasefiredata.ceasefire.participant.NameKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A participant name or date expression found automatically in a document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Mention", description = DocumentDocs.MENTION)
public record MentionView(
        @Schema(description = DocumentDocs.MENTION_KIND) MentionKind kind,
        @Schema(description = DocumentDocs.MENTION_TEXT, example = "Jabhat al-Nusra") String text,
        @Schema(description = DocumentDocs.MENTION_START, example = "1207") int start,
        @Schema(description = DocumentDocs.MENTION_END, example = "1222") int end,
        @Schema(description = DocumentDocs.MENTION_CLEAN_START, example = "1190") int cleanStart,
        @Schema(description = DocumentDocs.MENTION_CLEAN_END, example = "1205") int cleanEnd,
        @Schema(description = DocumentDocs.MENTION_SEGMENT_KIND) SegmentKind segmentKind,
        @Schema(description = "Participant mentions: who.") RecordRef participant,
        @Schema(description = DocumentDocs.MENTION_NAME_KIND) NameKind nameKind,
        @Schema(description = DocumentDocs.MENTION_CONFIDENCE, example = "0.8") Double confidence,
        @Schema(description = DocumentDocs.MENTION_DATE_TYPE, enumeration = {
                "absolute", "relative"}) String dateType,
        @Schema(description = DocumentDocs.MENTION_DATE) PartialDate date,
        @Schema(description = DocumentDocs.MENTION_DATE_BASIS, example = "weekday on or before publication 2016-08-27") String basis,
        @Schema(description = "The document.") RecordRef document){
}
