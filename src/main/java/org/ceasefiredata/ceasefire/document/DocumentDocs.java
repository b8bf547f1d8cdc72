package org.ceasefiredata.ceasefire.document;

/**
 * Descriptions of source documents, their set-apart segments and mentions, written once for the REST views, the
 * GraphQL types and the OpenAPI document.
 */
public final class DocumentDocs {

    public static final String TITLE = "Headline, or a descriptive title when the text has none (see notes); null for a"
            + " text loaded without curated metadata.";
    public static final String OUTLET = "Publication that carried the text.";
    public static final String AGENCY = "News agency the text is credited to.";
    public static final String URL = "Where it was published online.";
    public static final String LANGUAGE = "Language (ISO 639).";
    public static final String PUBLISHED = "When it was published, as precisely as known.";
    public static final String PUBLISHED_BASIS = "How the publication date was established when the text does not state"
            + " it.";
    public static final String DATELINE = "Place the story was filed from.";
    public static final String NOTES = "Curators' notes.";
    public static final String CURATED = "False for a text loaded without curated metadata (linked automatically only).";
    public static final String SHA256 = "SHA-256 of the original text (UTF-8 bytes).";
    public static final String LENGTH = "Length of the original text in Unicode code points.";

    public static final String SEGMENT = "A part of the original text kept out of the cleaned text, and why.";
    public static final String SEGMENT_KIND = "Why it was set apart.";
    public static final String SEGMENT_START = "Code-point offset in the original text.";
    public static final String SEGMENT_END = "Code-point offset just past its end.";
    public static final String SEGMENT_TEXT = "The segment.";

    public static final String MENTION = "A participant name or a date expression found automatically in a document,"
            + " with offsets in the original text (as citations) and in the cleaned text.";
    public static final String MENTION_KIND = "What the mention refers to.";
    public static final String MENTION_TEXT = "The words in the original text.";
    public static final String MENTION_START = SEGMENT_START;
    public static final String MENTION_END = "Code-point offset just past its end in the original text.";
    public static final String MENTION_CLEAN_START = "Code-point offset in the cleaned text; for a mention in a set-apart"
            + " segment, the place in the cleaned text where the segment was taken out.";
    public static final String MENTION_CLEAN_END = "Code-point offset just past its end in the cleaned text; for a mention"
            + " in a set-apart segment, equal to cleanStart (an empty span).";
    public static final String MENTION_SEGMENT_KIND = "The kind of set-apart segment (caption, teaser, photo credit...)"
            + " the mention was found in; null in the body of the text.";
    public static final String MENTION_NAME_KIND = "Participant mentions: how the words matched relate to the participant"
            + " (its preferred name, another of its names, a metonym such as 'Moscow', a reference such as 'the task"
            + " force').";
    public static final String MENTION_CONFIDENCE = "Participant mentions: how sure the link to the participant is, above"
            + " 0 and at most 1: 1 for a name proper, less for a metonym or a reference.";
    public static final String MENTION_DATE_TYPE = "Date mentions: named outright (absolute) or relative to the"
            + " publication date (relative).";
    public static final String MENTION_DATE = "Date mentions: the window it resolves to; null when it cannot be resolved.";
    public static final String MENTION_DATE_BASIS = "Date mentions: how it was resolved.";

    private DocumentDocs() {
    }
}
