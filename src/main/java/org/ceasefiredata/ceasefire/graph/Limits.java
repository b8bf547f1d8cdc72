package org.ceasefiredata.ceasefire.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The limits every GraphQL operation is checked against before any field is resolved (so an operation over a limit
 * runs no SQL), and a {@code code} in the extensions of every error.
 * <p>
 * <b>Depth</b>: the deepest field, counting the root field as 1. <b>Complexity</b>: each field counts once per parent
 * it is asked of; a field with a {@code first} argument has that many children, any other list field is estimated at
 * {@value #LIST_ESTIMATE}, and the {@code edges}/{@code nodes} of a connection are its {@code first}. <b>first</b>: 1
 * to {@value #MAX_FIRST} on every list. Added to the engine by {@link EngineSetup}. Introspection ({@code __schema}, {@code __type}) reads no data and is not
 * limited, so the standard introspection query passes.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by EngineSetup, a ServiceLoader service
public class Limits extends SimplePerformantInstrumentation {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Limits.class);
    static final int MAX_FIRST = 100;
    static final int LIST_ESTIMATE = 10;

    @ConfigProperty(name = "ceasefire.graphql.max-depth", defaultValue = "12")
    int maxDepth;
    @ConfigProperty(name = "ceasefire.graphql.max-complexity", defaultValue = "25000")
    int maxComplexity;

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext ec = parameters.getExecutionContext();
        QueryTraverser traverser = QueryTraverser.newQueryTraverser().schema(ec.getGraphQLSchema())
                .document(ec.getDocument()).operationName(ec.getExecutionInput().getOperationName())
                .coercedVariables(ec.getCoercedVariables()).build();
        Map<QueryVisitorFieldEnvironment, Long> multipliers = new LinkedHashMap<>();
        Map<QueryVisitorFieldEnvironment, Integer> depths = new LinkedHashMap<>();
        int[] depth = {0};
        long[] complexity = {0};
        List<GraphQLError> errors = new ArrayList<>();
        traverser.visitPreOrder(new QueryVisitorStub() {
            @Override
            public void visitField(QueryVisitorFieldEnvironment env) {
                if (env.isTypeNameIntrospectionField() || introspection(env)) {
                    return;
                }
                QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
                int d = parent == null ? 1 : depths.getOrDefault(parent, 0) + 1;
                depths.put(env, d);
                depth[0] = Math.max(depth[0], d);
                long times = parent == null ? 1 : multipliers.getOrDefault(parent, 1L);
                complexity[0] += times;
                Object first = env.getArguments().get("first");
                if (first == null && env.getField().getArguments().stream().anyMatch(a -> a.getName().equals("first"))) {
                    first = variable(ec, env.getField().getArguments().stream()
                            .filter(a -> a.getName().equals("first")).findFirst().get().getValue());
                }
                long children;
                if (first instanceof Number number) {
                    long n = number.longValue();
                    if (n < 1 || n > MAX_FIRST) {
                        errors.add(error("first is " + n + " on " + env.getField().getName()
                                + ": it must be between 1 and the maximum first of " + MAX_FIRST + ".", "MAX_FIRST_EXCEEDED",
                                "first", MAX_FIRST));
                    }
                    children = Math.max(1, n);
                } else if (isList(env.getFieldDefinition().getType()) && !connectionPart(env)) {
                    children = LIST_ESTIMATE;
                } else {
                    children = 1;
                }
                multipliers.put(env, times * children);
            }
        });
        if (depth[0] > maxDepth) {
            errors.add(error("The operation is " + depth[0] + " fields deep; the maximum depth is " + maxDepth
                    + ". Ask for fewer nested levels, or follow a relation in a second query.", "MAX_DEPTH_EXCEEDED",
                    "depth", maxDepth));
        }
        if (complexity[0] > maxComplexity) {
            errors.add(error("The operation's complexity is " + complexity[0] + "; the maximum complexity is "
                    + maxComplexity + ". Ask for smaller pages (first) or fewer nested lists.", "MAX_COMPLEXITY_EXCEEDED",
                    "complexity", maxComplexity));
        }
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** Every error gets a code: a known one, or one named after graphql-java's classification. */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError e : result.getErrors()) {
            Map<String, Object> extensions = e.getExtensions() == null
                    ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(e.getExtensions());
            // Errors of the client's arguments get their code (and violations) from SmallRye when written out; they
            // are the client's to fix (DEBUG), anything else failing in a resolver is ours (ERROR, with the cause).
            boolean userInput = causedByUserInput(e);
            if (e instanceof graphql.ExceptionWhileDataFetching fetching) {
                if (userInput) {
                    LOG.debugf("GraphQL bad arguments at %s: %s", e.getPath(), e.getMessage());
                } else {
                    LOG.errorf(fetching.getException(), "GraphQL field %s failed", e.getPath());
                }
            }
            if (!extensions.containsKey("code") && !userInput) {
                extensions.put("code", code(e.getErrorType()));
                e = GraphqlErrorBuilder.newError().message(e.getMessage()).locations(e.getLocations()).path(e.getPath())
                        .errorType(e.getErrorType()).extensions(extensions).build();
            }
            errors.add(e);
        }
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result).errors(errors)
                .build());
    }

    /** The value of a variable reference (the traverser leaves some unresolved), else null. */
    private static Object variable(ExecutionContext ec, graphql.language.Value<?> value) {
        return value instanceof graphql.language.VariableReference ref ? ec.getCoercedVariables().get(ref.getName()) : null;
    }

    private static boolean causedByUserInput(GraphQLError error) {
        if (error instanceof graphql.ExceptionWhileDataFetching fetching) {
            for (Throwable t = fetching.getException(); t != null; t = t.getCause()) {
                if (t instanceof UserInputError) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String code(ErrorClassification type) {
        if (type == null) {
            return "INTERNAL_SERVER_ERROR";
        }
        return switch (type.toString()) {
            case "InvalidSyntax" -> "GRAPHQL_PARSE_FAILED";
            case "ValidationError" -> "GRAPHQL_VALIDATION_FAILED";
            case "ExecutionAborted" -> "EXECUTION_ABORTED";
            default -> "INTERNAL_SERVER_ERROR";
        };
    }

    private static GraphQLError error(String message, String code, String limit, int value) {
        return GraphqlErrorBuilder.newError().message(message)
                .extensions(Map.of("code", code, "limit", limit, "maximum", value)).build();
    }

    private static boolean introspection(QueryVisitorFieldEnvironment env) {
        for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
            if (e.getField().getName().startsWith("__")) {
                return true;
            }
        }
        return false;
    }

    /** The edges or nodes of a connection: as many as the connection's first, already counted. */
    private static boolean connectionPart(QueryVisitorFieldEnvironment env) {
        String name = env.getFieldDefinition().getName();
        QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
        return (name.equals("edges") || name.equals("nodes")) && parent != null
                && GraphQLTypeUtil.unwrapAll(parent.getFieldDefinition().getType()).getName().startsWith("Connection_");
    }

    private static boolean isList(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
    }
}
