package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.quarkus.arc.Arc;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.LightDataFetcher;
import graphql.schema.SchemaTransformer;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * Shapes the GraphQL engine when SmallRye builds it, through SmallRye's own SPI (not its CDI events, which fire per
 * field):
 * <ul>
 * <li>adds {@link Limits};</li>
 * <li>gives every field below the root a plain reader: a relation's value was loaded ahead by {@link Assembler} and is
 * read back by result key; any other field is a property of its object. SmallRye's own field fetchers rebuild a
 * request context (selected fields, path, arguments) for every field they read, which cost more than the data in a
 * profile of an uncached operation.</li>
 * </ul>
 * The start fails if a relation declared in the schema has no loader in {@link Relations}, so that none can be
 * resolved by anything else.
 */
public class EngineSetup implements EventingService {

    /** Always on: the limits are not optional. */
    static final String KEY = "ceasefire.graphql.limits.enabled";

    @Override
    public String getConfigKey() {
        return KEY;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = named(builder.build());
        Set<String> relations = Arc.container().instance(Relations.class).get().fields();
        GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry());
        if ("default".equals(io.smallrye.graphql.spi.config.Config.get().getFieldVisibility())) {
            // SmallRye 2.17 reads its own default, "default", as a pattern of fields to hide (one that hides nothing)
            // and graphql-java then runs that regular expression for every field of every answer: 3 % of an uncached
            // profile. The engine's own visibility shows every field too, without one.
            code.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        }
        Set<String> unresolved = new TreeSet<>();
        for (var type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")
                    || object == schema.getQueryType() || object == schema.getMutationType()
                    || object == schema.getSubscriptionType()) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                String original = schema.getCodeRegistry().getDataFetcher(coordinates, field).getClass().getSimpleName();
                boolean property = original.equals("FieldDataFetcher") || original.endsWith("PropertyDataFetcher");
                if (relations.contains(object.getName() + "." + field.getName())) {
                    code.dataFetcher(coordinates, RELATED);
                } else if (!property || !field.getArguments().isEmpty()) {
                    unresolved.add(object.getName() + "." + field.getName() + " (" + original + ")");
                } else {
                    code.dataFetcher(coordinates, new Property(field.getName()));
                }
            }
        }
        // Unions and interfaces resolve to the object types of this schema, by the record's GraphQL name: renaming the
        // connections rebuilds the types that refer to them (Participant.participations), and SmallRye's resolvers
        // would hand out the types as they were before, whose inline fragments then never match.
        for (var type : schema.getAllTypesAsList()) {
            if ((type instanceof graphql.schema.GraphQLUnionType || type instanceof graphql.schema.GraphQLInterfaceType)
                    && !((graphql.schema.GraphQLNamedType) type).getName().startsWith("__")) {
                String name = ((graphql.schema.GraphQLNamedType) type).getName();
                graphql.schema.TypeResolver original = type instanceof graphql.schema.GraphQLUnionType union
                        ? schema.getCodeRegistry().getTypeResolver(union)
                        : schema.getCodeRegistry().getTypeResolver((graphql.schema.GraphQLInterfaceType) type);
                code.typeResolver(name, env -> {
                    GraphQLObjectType own = env.getObject() == null
                            ? null
                            : env.getSchema().getObjectType(Assembler.typeName(env.getObject().getClass()));
                    return own != null ? own : original.getType(env);
                });
            }
        }
        // Root fields keep SmallRye's fetchers (argument conversion, errors, context), which are shown a selection set
        // that lists no fields: see QuietSelection.
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            FieldCoordinates coordinates = FieldCoordinates.coordinates(schema.getQueryType(), field);
            DataFetcher<?> original = schema.getCodeRegistry().getDataFetcher(coordinates, field);
            code.dataFetcher(coordinates, (DataFetcher<Object>) env -> original.get(new QuietSelection(env)));
        }
        // nodes(ids: [ID!]!) is read here: SmallRye cannot convert a list of IDs (see NodeGraphQL).
        code.dataFetcher(FieldCoordinates.coordinates(schema.getQueryType().getName(), "nodes"),
                (DataFetcher<Object>) env -> Arc.container().instance(NodeGraphQL.class).get()
                        .nodes(env.getArgument("ids"), env.getArgument("asOf"), env));
        if (!unresolved.isEmpty()) {
            throw new IllegalStateException(
                    "GraphQL fields resolved by methods but with no loader in graph/Relations: " + unresolved);
        }
        return GraphQLSchema.newSchema(schema).codeRegistry(code.build());
    }

    /**
     * The schema with the names clients expect: SmallRye names the connection and edge of a list after the generic
     * class ({@code Connection_Meeting}, {@code Edge_Meeting}); they become {@code MeetingConnection} and
     * {@code MeetingEdge}. (Every field below the root gets its fetcher afresh below, under the final names.)
     */
    static GraphQLSchema named(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLObjectType(GraphQLObjectType node,
                    TraverserContext<GraphQLSchemaElement> context) {
                java.util.regex.Matcher m = GENERIC.matcher(node.getName());
                if (m.matches()) {
                    return changeNode(context, node.transform(b -> b.name(m.group(2) + m.group(1))));
                }
                return TraversalControl.CONTINUE;
            }

            /** nodes(ids:) takes IDs (SmallRye cannot declare a list of them; the values are strings alike). */
            @Override
            public TraversalControl visitGraphQLArgument(graphql.schema.GraphQLArgument node,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (node.getName().equals("ids") && context.getParentNode() instanceof GraphQLFieldDefinition field
                        && field.getName().equals("nodes")) {
                    return changeNode(context, node.transform(b -> b.type(graphql.schema.GraphQLNonNull.nonNull(
                            graphql.schema.GraphQLList
                                    .list(graphql.schema.GraphQLNonNull.nonNull(graphql.Scalars.GraphQLID))))));
                }
                return TraversalControl.CONTINUE;
            }
        });
    }

    private static final java.util.regex.Pattern GENERIC = java.util.regex.Pattern.compile("(Connection|Edge)_(\\w+)");

    /**
     * The limits, chained before the instrumentation SmallRye set up: that chain holds SmallRye's parsed-document
     * cache, which only fills its entries when its validation hook runs. Setting the limits alone (as before) left
     * that cache empty, so every request not answered from the answer cache was parsed and validated again (11 % of
     * the samples of an uncached operation-2 run of bench/peers.sh).
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Instrumentation smallRye = builder.build().getInstrumentation();
        Instrumentation limits = Arc.container().instance(Limits.class).get();
        return builder.instrumentation(smallRye == null ? limits : new ChainedInstrumentation(List.of(limits, smallRye)));
    }

    /**
     * The environment of a root field as SmallRye's fetcher sees it: its selection set answers every question but
     * {@code getFields()}, which lists no fields. SmallRye copies {@code getFields()} into JSON twice for every field it
     * fetches (the "selected fields" of its request context, walking each nested selection again), and nothing here reads
     * that copy: {@link Assembler} looks ahead with {@code getImmediateFields()} and {@code contains}, which answer as
     * usual. It was 17 % of the samples of an uncached operation 2 of bench/peers.sh (JFR).
     */
    static final class QuietSelection extends graphql.schema.DelegatingDataFetchingEnvironment {

        QuietSelection(DataFetchingEnvironment env) {
            super(env);
        }

        @Override
        public graphql.schema.DataFetchingFieldSelectionSet getSelectionSet() {
            graphql.schema.DataFetchingFieldSelectionSet set = delegateEnvironment.getSelectionSet();
            return new graphql.schema.DataFetchingFieldSelectionSet() {
                @Override
                public List<graphql.schema.SelectedField> getFields() {
                    return List.of();
                }

                @Override
                public boolean contains(String glob) {
                    return set.contains(glob);
                }

                @Override
                public boolean containsAnyOf(String glob, String... more) {
                    return set.containsAnyOf(glob, more);
                }

                @Override
                public boolean containsAllOf(String glob, String... more) {
                    return set.containsAllOf(glob, more);
                }

                @Override
                public List<graphql.schema.SelectedField> getImmediateFields() {
                    return set.getImmediateFields();
                }

                @Override
                public List<graphql.schema.SelectedField> getFields(String glob, String... more) {
                    return set.getFields(glob, more);
                }

                @Override
                public java.util.Map<String, List<graphql.schema.SelectedField>> getFieldsGroupedByResultKey() {
                    return set.getFieldsGroupedByResultKey();
                }

                @Override
                public java.util.Map<String, List<graphql.schema.SelectedField>> getFieldsGroupedByResultKey(String glob,
                        String... more) {
                    return set.getFieldsGroupedByResultKey(glob, more);
                }
            };
        }
    }

    /** A relation loaded ahead: its value under the field's result key (alias or name). */
    private static final DataFetcher<Object> RELATED = (DataFetchingEnvironment env) -> {
        Object source = env.getSource();
        return source instanceof GraphNode node ? node.related().get(env.getField().getResultKey()) : null;
    };

    /** A property of the object; dates are written in ISO 8601 as the Date scalar expects. */
    private record Property(String name) implements LightDataFetcher<Object> {

        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env) {
            Object value = source == null ? null : Assembler.property(source, name);
            return value instanceof LocalDate || value instanceof TemporalAccessor ? value.toString() : value;
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            return get(null, env.getSource(), () -> env);
        }
    }
}
