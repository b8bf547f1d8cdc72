package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.Map;

import org.ceasefiredata.ceasefire.document.DocumentRow;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A source document in the GraphQL graph; its texts, segments and mentions are loaded only when asked for. */
@Type("SourceDocument")
@Description("A source text of the dataset: metadata, the original text that citation offsets index, the cleaned text, the segments set apart while cleaning, and the mentions found in it.")
public record DocumentNode(
        @Ignore long key,
        @Ignore LocalDate asOf,
        @Ignore Map<String, Object> related,
        @NonNull @Description("Stable identifier, used in URLs.") String slug,
        @Description("Headline, or a descriptive title when the text has none (see notes); null for a text loaded without curated metadata.") String title,
        @Description("Publication that carried the text.") String outlet,
        @Description("News agency the text is credited to.") String agency,
        @Description("Where it was published online.") String url,
        @Description("Language (ISO 639).") String language,
        @Description("When it was published, as precisely as known.") PartialDate published,
        @Description("How the publication date was established when the text does not state it.") String publishedBasis,
        @Description("Place the story was filed from.") String dateline,
        @Description("Curators' notes.") String notes,
        @Description("False for a text loaded without curated metadata (linked automatically only).") boolean curated,
        @NonNull @Description("SHA-256 of the original text (UTF-8 bytes).") String sha256,
        @Description("Length of the original text in Unicode code points.") int length)
        implements
            SearchRecord,
            GraphNode,
            Node {

    @Override
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Global id of the record: stable and opaque; node(id:) finds it again.")
    public String getId() {
        return Node.id("SourceDocument", slug);
    }

    static DocumentNode of(DocumentRow d, LocalDate asOf) {
        return new DocumentNode(d.id(), asOf, GraphNode.slots(), d.slug(), d.title(), d.outlet(), d.agency(), d.url(),
                d.language(), d.published(), d.publishedBasis(), d.dateline(), d.notes(), d.curated(), d.sha256(),
                d.length());
    }
}
