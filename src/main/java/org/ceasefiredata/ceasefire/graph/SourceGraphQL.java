package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.document.DocumentFilter;
import org.ceasefiredata.ceasefire.document.DocumentRepository;
import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.graph.Orders.DocumentOrder;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** Source documents, their texts, segments and mentions, and the document of every citation and mention. */
@GraphQLApi
public class SourceGraphQL {

    @Inject
    DocumentRepository documents;
    @Inject
    Assembler assembler;
    @Inject
    Context context;

    @Query("document")
    @Description("One source document by slug; null when there is none, or when it was not yet published on asOf.")
    public DocumentNode document(@NonNull @Description("The document's slug.") String slug,
            @Description("Answer as known on this day (any date precision).") String asOf) {
        return UserInputError.guard(() -> {
            LocalDate day = Ahead.asOf(asOf);
            return assembler.resolve(documents.bySlug(slug, day).map(d -> DocumentNode.of(d, day)).orElse(null), env(), day);
        });
    }

    @Query("documents")
    @NonNull
    @Description("Source documents, by publication date (undated last), then slug, unless orderBy says otherwise. Pages forward with first/after, backward with last/before.")
    public Connection<DocumentNode> documents(@Description("Filters; all given must hold.") DocumentFilter filter,
            @Description(Ahead.ORDER_BY) List<DocumentOrder> orderBy,
            @Description(Ahead.FIRST) Integer first, @Description(Ahead.AFTER) String after,
            @Description(Ahead.LAST) Integer last, @Description(Ahead.BEFORE) String before) {
        return UserInputError.guard(() -> {
            DocumentFilter f = filter == null ? new DocumentFilter() : Ahead.filter(filter);
            LocalDate day = f.day();
            DataFetchingEnvironment env = env();
            return assembler.connection(Connection.of(
                    documents.page(f, Ahead.page(first, after, last, before, orderBy, DocumentRepository.DEFAULT_SORT, env)),
                    d -> DocumentNode.of(d, day)), env, day);
        }, Ahead::argument);
    }

    @NonNull
    @Description("The text exactly as received; citation offsets index it.")
    public String originalText(@Source DocumentNode document) {
        return Ahead.value(document, "originalText");
    }

    @NonNull
    @Description("The text cleaned for reading and search.")
    public String cleanedText(@Source DocumentNode document) {
        return Ahead.value(document, "cleanedText");
    }

    @Description("Segments of the original text kept out of the cleaned text (captions, credits, boilerplate, teasers), in text order.")
    public List<@NonNull SegmentNode> setApart(@Source DocumentNode document) {
        return Ahead.value(document, "setApart");
    }

    @NonNull
    @Description("Participants and date expressions found in the text, in text order: a connection, as a long text has hundreds (pass pageInfo.endCursor as 'after' for more).")
    public Connection<MentionNode> mentions(@Source DocumentNode document,
            @Description("Only mentions of this kind (both when absent).") MentionKind kind,
            @DefaultValue("25") @Description("How many, 1 to 100.") int first,
            @Description(Ahead.AFTER) String after) {
        return Ahead.value(document, "mentions");
    }

    @NonNull
    @Description("The source document quoted.")
    public DocumentNode document(@Source CitationNode citation) {
        return Ahead.value(citation, "document");
    }

    @Name("document")
    @NonNull
    @Description("The document the mention was found in.")
    public DocumentNode mentionDocument(@Source MentionNode mention) {
        return Ahead.value(mention, "document");
    }

    private DataFetchingEnvironment env() {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
