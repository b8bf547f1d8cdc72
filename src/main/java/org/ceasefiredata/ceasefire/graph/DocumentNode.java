package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.Map;

import org.ceasefiredata.ceasefire.document.DocumentDocs;
import org.ceasefiredata.ceasefire.document.DocumentRow;
import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
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
        @NonNull @Description(Docs.SLUG_FIELD) String slug,
        @Description(DocumentDocs.TITLE) String title,
        @Description(DocumentDocs.OUTLET) String outlet,
        @Description(DocumentDocs.AGENCY) String agency,
        @Description(DocumentDocs.URL) String url,
        @Description(DocumentDocs.LANGUAGE) String language,
        @Description(DocumentDocs.PUBLISHED) PartialDate published,
        @Description(DocumentDocs.PUBLISHED_BASIS) String publishedBasis,
        @Description(DocumentDocs.DATELINE) String dateline,
        @Description(DocumentDocs.NOTES) String notes,
        @Description(DocumentDocs.CURATED) boolean curated,
        @NonNull @Description(Docs.BASIS_OF_DOCUMENT) Basis basis,
        @NonNull @Description(DocumentDocs.SHA256) String sha256,
        @Description(DocumentDocs.LENGTH) int length)
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
                d.language(), d.published(), d.publishedBasis(), d.dateline(), d.notes(), d.curated(), d.basis(), d.sha256(),
                d.length());
    }
}
