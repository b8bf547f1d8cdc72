package org.ceasefiredata.ceasefire.graph;

import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import graphql.schema.GraphQLNamedSchemaElement;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.idl.SchemaPrinter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * The schema as an SDL document at {@code /graphql/schema.graphql}, complete for the tools that read it (codegen,
 * GraphQL Inspector): every custom scalar is declared ({@code scalar Date}), which SmallRye's own printer leaves out.
 * The document is committed as {@code openapi/schema.graphql}; a test parses it and compares it with this one.
 */
@ApplicationScoped
public class SchemaDocument {

    @Inject
    GraphQLSchema schema;

    private volatile String sdl;

    void install(@Observes Router router) {
        router.get("/graphql/schema.graphql").order(-100).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8").end(sdl()));
    }

    /** The SDL, printed once. */
    public String sdl() {
        String printed = sdl;
        if (printed == null) {
            Predicate<GraphQLSchemaElement> ours = e -> !(e instanceof GraphQLNamedSchemaElement n)
                    || !n.getName().startsWith("__");
            printed = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeScalarTypes(true)
                    .includeSchemaDefinition(false).includeDirectives(false).includeIntrospectionTypes(false)
                    .includeSchemaElement(ours)).print(schema);
            sdl = printed;
        }
        return printed;
    }
}
