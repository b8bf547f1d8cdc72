package org.ceasefiredata.ceasefire.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Singleton;

import org.ceasefiredata.ceasefire.db.DatabaseUnavailable;
import org.ceasefiredata.ceasefire.http.InputGuard;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
 * {@value #LIST_ESTIMATE}, and the {@code edges}/{@code nodes} of a connection are its {@code first} or {@code last}
 * (the default page when neither is given). <b>first</b>, <b>last</b>: 1 to {@value #MAX_FIRST} on every list. Added to the engine by {@link EngineSetup}. Introspection ({@code __schema}, {@code __type}) reads no data and is not
 * limited, so the standard introspection query passes.
 */
@Singleton // no client proxy: the engine calls an instrumentation several times for every field it resolves
@io.quarkus.arc.Unremovable // looked up by EngineSetup, a ServiceLoader service
public class Limits extends SimplePerformantInstrumentation {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Limits.class);
    static final int MAX_FIRST = 100;
    static final int LIST_ESTIMATE = 10;
    static final long ROOT_COST = 100;
    static final long SEARCH_COST = 1_000;

    @ConfigProperty(name = "ceasefire.graphql.max-depth", defaultValue = "12")
    int maxDepth;
    @ConfigProperty(name = "ceasefire.graphql.max-complexity", defaultValue = "50000")
    int maxComplexity;

    /**
     * Operations found within the limits, by what decided it ({@link Checked}): walking an operation's fields again for
     * each request was 3 % of an uncached profile, for the same answer whenever only a slug or a cursor changed.
     */
    private final Cache<Checked, Boolean> passed = Caffeine.newBuilder().maximumSize(2_000).build();

    /**
     * What the checks below depend on: the document, the operation, and the variables with each text that passes the
     * text check replaced by one marker. The limits count fields and read numbers ({@code first}, {@code last}); text is
     * only checked, so a slug, a cursor or a day that passes decides nothing more, and an operation that differs from
     * one request to the next only in those (what a front end sends) is walked once.
     */
    private record Checked(String document, String operation, Object variables) {
    }

    private static final Object PASSING_TEXT = new Object();

    private static Object shape(Object value) {
        if (value instanceof CharSequence text) {
            return InputGuard.textProblem(text.toString()) == null ? PASSING_TEXT : text.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> shaped = new LinkedHashMap<>();
            map.forEach((k, v) -> shaped.put(k, shape(v)));
            return shaped;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> shaped = new ArrayList<>();
            list.forEach(v -> shaped.add(shape(v)));
            return shaped;
        }
        return value;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext ec = parameters.getExecutionContext();
        String document = ec.getExecutionInput().getQuery();
        Checked key = document == null
                ? null
                : new Checked(document, ec.getExecutionInput().getOperationName(), shape(ec.getCoercedVariables().toMap()));
        if (key != null && passed.getIfPresent(key) != null) {
            return SimpleInstrumentationContext.noOp();
        }
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
                // A root field runs statements of its own whatever it selects: each alias of it costs that again (a
                // thousand aliases of search are a thousand full-text queries).
                complexity[0] += parent == null ? rootCost(env.getField().getName()) : times;
                // A page's size is its first or its last (a root list given neither reads the default page); each
                // is checked, and the larger counts.
                Long size = null;
                for (String sizeName : List.of("first", "last")) {
                    if (argument(ec, env, sizeName) instanceof Number number) {
                        long n = number.longValue();
                        if (n < 1) {
                            errors.add(GraphqlErrorBuilder.newError().message(sizeName + " is " + n + " on "
                                    + env.getField().getName() + ": it must be at least 1.")
                                    .extensions(Map.of("code", "BAD_USER_INPUT")).build());
                        } else if (n > MAX_FIRST) {
                            errors.add(error(sizeName + " is " + n + " on " + env.getField().getName()
                                    + ": it must be between 1 and the maximum " + sizeName + " of " + MAX_FIRST + ".",
                                    "MAX_FIRST_EXCEEDED", sizeName, MAX_FIRST));
                        }
                        size = Math.max(size == null ? 1 : size, n);
                    }
                }
                if (size == null && env.getFieldDefinition().getArgument("last") != null) {
                    size = (long) org.ceasefiredata.ceasefire.paging.PageRequest.DEFAULT_LIMIT;
                }
                long children;
                if (size != null) {
                    children = Math.max(1, size);
                } else if (isList(env.getFieldDefinition().getType()) && !connectionPart(env)) {
                    children = LIST_ESTIMATE;
                } else {
                    children = 1;
                }
                multipliers.put(env, times * children);
                env.getArguments().forEach((name, value) -> text(env.getField().getName() + "(" + name, value, errors));
                // The Int scalar wraps a literal beyond 32 bits around (first: 4294967306 would read as 10): refuse it.
                env.getField().getArguments().forEach(a -> {
                    if (a.getValue() instanceof graphql.language.IntValue literal && literal.getValue().bitLength() > 31) {
                        errors.add(GraphqlErrorBuilder.newError().message("The argument " + a.getName() + " of "
                                + env.getField().getName() + " is " + literal.getValue()
                                + ", beyond the range of Int (32 bits).").extensions(Map.of("code", "BAD_USER_INPUT"))
                                .build());
                    }
                });
            }
        });
        ec.getCoercedVariables().toMap().forEach((name, value) -> text("$" + name, value, errors));
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
        if (key != null) {
            passed.put(key, Boolean.TRUE);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /**
     * Refuses text no argument takes (InputGuard's rule for query parameters: control characters, which PostgreSQL
     * cannot store as NUL and no record holds, and unpaired surrogates), wherever it is in {@code value}: before any
     * resolver, as a request error.
     */
    private static void text(String where, Object value, List<GraphQLError> errors) {
        if (errors.size() >= 10) {
            return;
        }
        if (value instanceof CharSequence text) {
            String problem = InputGuard.textProblem(text.toString());
            if (problem != null) {
                String argument = where.startsWith("$")
                        ? "variable " + where
                        : "argument " + where.replace("(", ".")
                                .replaceFirst("^[^.]+\\.", "") + " of " + where.substring(0, where.indexOf('('));
                errors.add(GraphqlErrorBuilder.newError().message("The " + argument + " " + problem + ".")
                        .extensions(Map.of("code", "BAD_USER_INPUT")).build());
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> text(where + "." + k, v, errors));
        } else if (value instanceof Iterable<?> list) {
            int i = 0;
            for (Object item : list) {
                text(where + "[" + i++ + "]", item, errors);
            }
        }
    }

    /** Every error gets a code: a known one, or one named after graphql-java's classification. */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        boolean invalid = result.getErrors().stream().anyMatch(e -> "ValidationError".equals(String.valueOf(e.getErrorType())));
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError e : result.getErrors()) {
            // A field left null because the request was invalid is not a second error.
            if (invalid && "NullValueInNonNullableField".equals(String.valueOf(e.getErrorType()))) {
                continue;
            }
            errors.add(normalized(e));
        }
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result).errors(errors)
                .build());
    }

    /**
     * Every error with a code and a message for the client: the client's mistakes (bad argument values, values of the
     * wrong type) are {@code BAD_USER_INPUT} and logged at DEBUG, without engine codes, Java names or syntax-tree
     * dumps; anything else failing in a resolver is ours (ERROR in the log with its cause, a bare message out).
     */
    private static GraphQLError normalized(GraphQLError e) {
        Map<String, Object> extensions = e.getExtensions() == null
                ? new LinkedHashMap<>()
                : new LinkedHashMap<>(e.getExtensions());
        extensions.remove("classification");
        String message = clean(e.getMessage());
        if (e instanceof graphql.ExceptionWhileDataFetching fetching) {
            Throwable thrown = fetching.getException();
            UserInputError input = (UserInputError) cause(thrown, UserInputError.class);
            Throwable coercion = cause(thrown, graphql.schema.CoercingParseLiteralException.class,
                    graphql.schema.CoercingParseValueException.class);
            String field = e.getPath() == null
                    ? "the field"
                    : String.join(".", e.getPath().stream().map(String::valueOf).toList());
            if (input != null) {
                LOG.debugf("GraphQL bad arguments at %s: %s", field, input.getMessage());
                extensions.put("code", "BAD_USER_INPUT");
                extensions.put("violations", input.violations().stream()
                        .map(v -> Map.of("argument", v.parameter(), "message", v.message())).toList());
                message = input.getMessage();
            } else if (coercion != null) {
                LOG.debugf("GraphQL argument of the wrong type at %s: %s", field, coercion.getMessage());
                extensions.put("code", "BAD_USER_INPUT");
                message = "An argument of " + field + " is not of its type: " + clean(coercion.getMessage()) + ".";
            } else if (cause(thrown, org.ceasefiredata.ceasefire.paging.Budget.Exceeded.class) != null) {
                LOG.debugf("GraphQL operation stopped at %s: %s", field, thrown.getMessage());
                extensions.put("code", "EXECUTION_TIMEOUT");
                message = "The operation was stopped: it ran longer than the time allowed per request or its client went"
                        + " away. Ask for less (smaller pages, fewer nested lists).";
            } else if (DatabaseUnavailable.isCause(thrown)) {
                // Expected while the database is down, restarting or overloaded: one line, no stack trace (#11).
                LOG.warnf("GraphQL field %s: the database did not answer: %s", field, DatabaseUnavailable.describe(thrown));
                extensions.put("code", "SERVICE_UNAVAILABLE");
                message = "The database is unavailable or too slow right now; retry after the time the Retry-After"
                        + " header gives.";
            } else {
                LOG.errorf(thrown, "GraphQL field %s failed", field);
                extensions.put("code", "INTERNAL_SERVER_ERROR");
                message = "The server failed to resolve " + field + "; the failure has been logged.";
            }
        }
        extensions.putIfAbsent("code", code(e.getErrorType()));
        return GraphqlErrorBuilder.newError().message(message).locations(e.getLocations()).path(e.getPath())
                .errorType(e.getErrorType()).extensions(extensions).build();
    }

    /** A message without engine codes ({@code SRGQL000021:}) or syntax-tree dumps ({@code FloatValue{value=1.5}}). */
    static String clean(String message) {
        if (message == null) {
            return "Invalid request.";
        }
        // Syntax-tree dumps of argument values, innermost first: EnumValue{name='X'} → X, ObjectValue{...} → {...}.
        for (int i = 0; i < 20; i++) {
            String before = message;
            message = message.replaceAll("\\bEnumValue\\{name='([^'{}]*)'\\}", "$1")
                    .replaceAll("\\bVariableReference\\{name='([^'{}]*)'\\}", "\\$$1")
                    .replaceAll("\\bNullValue\\{\\}", "null")
                    .replaceAll("\\bObjectField\\{name='([^'{}]*)', value=([^{}]*)\\}", "$1: $2")
                    .replaceAll("\\bObjectValue\\{objectFields=\\[?([^{}]*?)\\]?\\}", "\u00ab$1\u00bb")
                    .replaceAll("\\bArrayValue\\{values=\\[?([^{}]*?)\\]?\\}", "list $1")
                    .replaceAll("\\b\\w+Value\\{value='?([^{}']*)'?\\}", "$1");
            if (before.equals(message)) {
                break;
            }
        }
        message = message.replace('\u00ab', '{').replace('\u00bb', '}')
                .replaceAll("^Validation error \\([^()]*\\)\\s*:\\s*", "")
                // Java types named in coercion messages: 'HashMap' is an object, 'ArrayList' a list, 'StringValue' a String.
                .replaceAll("'\\w*Map'", "an object").replaceAll("'\\w*List'", "a list")
                .replaceAll("an AST type of '(\\w+)Value'", "a $1").replaceAll("'(\\w+)Value'", "a $1")
                .replaceAll("\\ba an\\b", "an").replaceAll("\\ba a\\b", "a");
        return message.replaceAll("^SRGQL\\d+:?\\s*", "").replaceAll("\\s*-\\s*SRGQL\\d+:?\\s*", ": ")
                .replaceAll("\\b\\w+Value\\{value='?([^}']*)'?\\}", "$1").replaceAll("(?<!\\w)\\[([^\\[\\]]*)\\]", "$1")
                .trim();
    }

    @SafeVarargs
    private static Throwable cause(Throwable t, Class<? extends Throwable>... types) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(c)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** What a root field costs by itself: full-text search most, any other root field a page's worth. */
    static long rootCost(String field) {
        return field.equals("search") ? SEARCH_COST : ROOT_COST;
    }

    /** The value of an argument of the field as written or as a variable, else null. */
    private static Object argument(ExecutionContext ec, QueryVisitorFieldEnvironment env, String name) {
        Object value = env.getArguments().get(name);
        if (value == null) {
            value = env.getField().getArguments().stream().filter(a -> a.getName().equals(name)).findFirst()
                    .map(a -> variable(ec, a.getValue())).orElse(null);
        }
        return value;
    }

    /** The value of a variable reference (the traverser leaves some unresolved), else null. */
    private static Object variable(ExecutionContext ec, graphql.language.Value<?> value) {
        return value instanceof graphql.language.VariableReference ref ? ec.getCoercedVariables().get(ref.getName()) : null;
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
                && GraphQLTypeUtil.unwrapAll(parent.getFieldDefinition().getType()).getName().endsWith("Connection");
    }

    private static boolean isList(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
    }
}
