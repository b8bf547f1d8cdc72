package org.ceasefiredata.ceasefire.graph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import graphql.language.AstPrinter;
import graphql.language.AstTransformer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

/**
 * The operations a front end sends ({@code src/test/resources/graphql/frontend/*.graphql}, every file but
 * {@code fragments.graphql}), prepared as Apollo Client prepares them: the shared fragments each one uses appended, and
 * {@code __typename} added to every selection set. Each is validated against the committed SDL
 * ({@code openapi/schema.graphql}) by graphql-java's validator, then posted to the service as a browser posts it
 * ({@code Origin}, {@code Accept: application/graphql-response+json}) at the default page sizes: it must pass the
 * depth and complexity limits and answer data without errors, and every record that implements {@code Node} must carry
 * its {@code id}, which Apollo's cache normalises by. An operation declaring {@code $after} that its variables leave
 * out is run a second time with the first page's {@code endCursor} when there is a next page, as a "Load more"
 * button does.
 * <p>
 * A file may start with {@code # variables: {...}} (JSON) for the variables to run it with.
 */
@QuarkusTest
class FrontendOperationsTest {

    static final Path FOLDER = Path.of("src/test/resources/graphql/frontend");
    static final Path FRAGMENTS = FOLDER.resolve("fragments.graphql");
    static final Path SDL = Path.of("openapi/schema.graphql");
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String ORIGIN = "https://newsroom.example";
    static final ObjectMapper JSON = new ObjectMapper();

    static GraphQLSchema schema;
    static Map<String, FragmentDefinition> fragments;

    @BeforeAll
    static void load() throws IOException {
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(SDL)));
        fragments = new LinkedHashMap<>();
        for (var definition : new Parser().parseDocument(Files.readString(FRAGMENTS)).getDefinitions()) {
            FragmentDefinition fragment = (FragmentDefinition) definition;
            fragments.put(fragment.getName(), fragment);
        }
    }

    /** Every operation file of the folder, in name order; none is skipped. */
    static List<Path> operations() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".graphql") && !f.equals(FRAGMENTS)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFolderHoldsTheOperationsOfARealFrontEnd() {
        assertTrue(operations().size() >= 12, "at least twelve front-end operations: " + operations());
        Set<String> used = new LinkedHashSet<>();
        for (Path file : operations()) {
            Set<String> spreads = spreads(parse(file));
            spreads.retainAll(fragments.keySet());
            if (!spreads.isEmpty()) {
                used.add(file.getFileName().toString());
            }
        }
        assertTrue(used.size() >= 2, "shared fragments are reused across files: " + used);
        Set<String> unused = new LinkedHashSet<>(fragments.keySet());
        operations().forEach(f -> unused.removeAll(closure(parse(f))));
        assertEquals(Set.of(), unused, "fragments of fragments.graphql no operation uses");
    }

    @TestFactory
    Stream<DynamicTest> everyOperationIsValidPassesTheLimitsAndAnswersNormalisableData() {
        return operations().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Document document = prepared(file);
            List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ROOT);
            assertEquals(List.of(), errors, file + " against the committed SDL");

            String text = AstPrinter.printAst(document);
            ObjectNode variables = variables(file);
            JsonNode first = post(file, text, variables);

            OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
            boolean takesAfter = operation.getVariableDefinitions().stream().map(VariableDefinition::getName)
                    .anyMatch("after"::equals);
            JsonNode pageInfo = first.path("data").findValue("pageInfo");
            if (takesAfter && !variables.has("after") && pageInfo != null && pageInfo.path("hasNextPage").asBoolean()) {
                JsonNode next = post(file, text, variables.deepCopy().put("after", pageInfo.path("endCursor").asText()));
                assertNotEquals(first.path("data"), next.path("data"), file + ": the next page is another page");
                JsonNode previous = next.path("data").findValue("pageInfo").path("hasPreviousPage");
                assertTrue(previous.isMissingNode() || previous.asBoolean(), file + ": a page after a cursor " + next);
            }
        }));
    }

    /** Posts as a browser on another origin does; checks status, errors, data, and ids for Apollo's cache. */
    static JsonNode post(Path file, String query, ObjectNode variables) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", JSON.convertValue(variables, Map.class));
        var response = given().header("Origin", ORIGIN).accept(GRAPHQL_RESPONSE).contentType("application/json")
                .body(body).when().post("/graphql").then().extract();
        String answer = response.asString();
        assertEquals(200, response.statusCode(), file + " answered " + answer);
        JsonNode json = JSON.readTree(answer);
        assertTrue(json.path("errors").isMissingNode(), file + " answered errors: " + json.path("errors"));
        JsonNode data = json.path("data");
        assertTrue(data.isObject() && data.size() > 0, file + " answered no data: " + answer);
        data.fields().forEachRemaining(root -> assertFalse(root.getValue().isNull(),
                file + ": the root field " + root.getKey() + " is null"));
        List<String> withoutId = new ArrayList<>();
        recordsWithoutId(data, "data", withoutId);
        assertEquals(List.of(), withoutId, file + ": records implementing Node without an id (Apollo cannot normalise them)");
        return json;
    }

    /** Paths of objects whose {@code __typename} implements {@code Node} but which carry no {@code id}. */
    static void recordsWithoutId(JsonNode node, String path, List<String> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                recordsWithoutId(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isObject()) {
            String type = node.path("__typename").asText(null);
            if (type != null && schema.getType(type) instanceof GraphQLObjectType object
                    && object.getInterfaces().stream().anyMatch(i -> i.getName().equals("Node"))
                    && !node.path("id").isTextual()) {
                found.add(path + " (" + type + ")");
            }
            node.fields().forEachRemaining(f -> recordsWithoutId(f.getValue(), path + "." + f.getKey(), found));
        }
    }

    /** The variables of the file's {@code # variables: {...}} line; none when it has none. */
    static ObjectNode variables(Path file) throws IOException {
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("# variables:")) {
                return (ObjectNode) JSON.readTree(trimmed.substring("# variables:".length()));
            }
        }
        return JSON.createObjectNode();
    }

    /** The document as Apollo Client sends it: the operation, the fragments it uses, __typename everywhere. */
    static Document prepared(Path file) {
        Document operation = parse(file);
        List<graphql.language.Definition> definitions = new ArrayList<>(operation.getDefinitions());
        for (String name : closure(operation)) {
            if (fragments.containsKey(name) && definitions.stream()
                    .noneMatch(d -> d instanceof FragmentDefinition f && f.getName().equals(name))) {
                definitions.add(fragments.get(name));
            }
        }
        Document whole = operation.transform(b -> b.definitions(definitions));
        return (Document) new AstTransformer().transform(whole, new NodeVisitorStub() {
            @Override
            public TraversalControl visitSelectionSet(SelectionSet node, TraverserContext<Node> context) {
                boolean root = context.getParentNode() instanceof OperationDefinition;
                boolean has = node.getSelections().stream()
                        .anyMatch(s -> s instanceof Field f && f.getName().equals("__typename") && f.getAlias() == null);
                if (root || has) {
                    return TraversalControl.CONTINUE;
                }
                return TreeTransformerUtil.changeNode(context,
                        node.transform(b -> b.selection(Field.newField("__typename").build())));
            }
        });
    }

    static Document parse(Path file) {
        try {
            return new Parser().parseDocument(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the fragments a document spreads, directly or through shared fragments. */
    static Set<String> closure(Document document) {
        Set<String> names = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(spreads(document));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (names.add(name) && fragments.containsKey(name)) {
                todo.addAll(spreads(fragments.get(name)));
            }
        }
        return names;
    }

    static Set<String> spreads(Node<?> root) {
        Set<String> names = new LinkedHashSet<>();
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitFragmentSpread(FragmentSpread node, TraverserContext<Node> context) {
                names.add(node.getName());
                return TraversalControl.CONTINUE;
            }
        }, root);
        return names;
    }
}
