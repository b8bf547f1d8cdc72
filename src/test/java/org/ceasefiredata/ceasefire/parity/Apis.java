package org.ceasefiredata.ceasefire.parity;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ceasefiredata.ceasefire.graph.GraphQLClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The two APIs as a client sees them, read to the end: a REST list followed through its {@code next} cursors, a
 * GraphQL connection through {@code pageInfo.endCursor}. Every request bypasses the answer caches
 * ({@code Cache-Control: no-cache}), so that each answer is computed by the query layer, and asks for no compression
 * (which would only cost both sides time here). Answers are read with Jackson
 * into maps and lists (REST Assured's JsonPath compiles a Groovy expression on every read, which the thousands of
 * answers of these tests cannot afford).
 */
final class Apis {

    /** The largest page both APIs serve. */
    static final int PAGE = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Apis() {
    }

    /**
     * A list as answered: the keys of its records in order and the total it reports, or (when the request was refused)
     * the names of the filters refused, in GraphQL's spelling ({@code text}, not REST's {@code q}).
     */
    record Answer(List<String> keys, long total, Set<String> refused) {

        static Answer refusal(Set<String> fields) {
            return new Answer(List.of(), -1, fields);
        }

        boolean isRefusal() {
            return !refused.isEmpty();
        }

        @Override
        public String toString() {
            return isRefusal() ? "refused " + refused : total + " " + keys;
        }
    }

    /** The record's slug. */
    static String slug(Map<String, Object> item) {
        return (String) item.get("slug");
    }

    /** A timeline entry's type (lower case) and slug: slugs are unique per type only. */
    static String typeAndSlug(Map<String, Object> item) {
        return item.get("type").toString().toLowerCase(Locale.ROOT) + ":" + item.get("slug");
    }

    /** A JSON answer as maps, lists and scalars. */
    static Object json(Response response) {
        try {
            return JSON.readValue(response.asString(), Object.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.asString(), e);
        }
    }

    /** A JSON object answer. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Response response) {
        return (Map<String, Object>) json(response);
    }

    /** The value at a dotted path of objects ({@code data.meetings.pageInfo}), or null where one is missing. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object json, String path) {
        Object value = json;
        for (String key : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(key);
        }
        return (T) value;
    }

    /** A GET with query parameters (a list value is sent comma-separated; a null value is left out). */
    static Response get(String path, Map<String, ?> params) {
        Map<String, Object> query = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                query.put(name, String.join(",", list.stream().map(Object::toString).toList()));
            } else if (value != null) {
                query.put(name, value);
            }
        });
        return request().queryParams(query).when().get(path);
    }

    /** A GET that must answer 200 with a JSON object. */
    static Map<String, Object> getObject(String path, Map<String, ?> params) {
        Response response = get(path, params);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " " + params + ": " + response.statusCode() + " "
                    + response.asString());
        }
        return object(response);
    }

    /** A REST list read to its last page with {@code limit=100}; a 400 is a refusal naming the parameters. */
    static Answer rest(String path, Map<String, ?> params, Function<Map<String, Object>, String> key) {
        List<String> keys = new ArrayList<>();
        Map<String, Object> query = new LinkedHashMap<>(params);
        query.put("limit", PAGE);
        while (true) {
            Response response = get(path, query);
            if (response.statusCode() == 400) {
                Set<String> fields = new LinkedHashSet<>();
                for (Object v : (List<?>) object(response).get("violations")) {
                    String field = (String) ((Map<?, ?>) v).get("field");
                    fields.add(field.equals("q") ? "text" : field.equals("sort") ? "orderBy" : field);
                }
                return Answer.refusal(fields);
            }
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " " + query + ": " + response.statusCode() + " "
                        + response.asString());
            }
            Map<String, Object> page = object(response);
            Apis.<List<Map<String, Object>>>at(page, "items").forEach(item -> keys.add(key.apply(item)));
            if (page.get("next") == null) {
                return new Answer(keys, ((Number) page.get("total")).longValue(), Set.of());
            }
            query.put("cursor", page.get("next"));
        }
    }

    /** Every item of a REST list, read to its last page with {@code limit=100}; any answer but 200 fails the test. */
    static List<Map<String, Object>> restItems(String path, Map<String, ?> params) {
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Object> query = new LinkedHashMap<>(params);
        query.put("limit", PAGE);
        while (true) {
            Map<String, Object> page = getObject(path, query);
            items.addAll(at(page, "items"));
            if (page.get("next") == null) {
                return items;
            }
            query.put("cursor", page.get("next"));
        }
    }

    /**
     * Every node of the GraphQL connection {@code root}, read to its last page: {@code query} takes {@code $after} and
     * selects {@code pageInfo { hasNextPage endCursor }} and the nodes; any error fails the test.
     */
    static List<Map<String, Object>> graphqlNodes(String query, String root, Map<String, Object> variables) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        Map<String, Object> vars = new LinkedHashMap<>(variables);
        while (true) {
            Map<String, Object> answer = post(query, vars);
            if (answer.get("errors") != null) {
                throw new AssertionError(root + " " + vars + ": " + answer.get("errors"));
            }
            Map<String, Object> connection = at(answer, "data." + root);
            nodes.addAll(at(connection, "nodes"));
            if (!Boolean.TRUE.equals(at(connection, "pageInfo.hasNextPage"))) {
                return nodes;
            }
            vars.put("after", at(connection, "pageInfo.endCursor"));
        }
    }

    /**
     * A GraphQL connection read to its last page with {@code first: 100}: the operation {@code graphql/<operation>}
     * takes {@code $filter}, {@code $first} and {@code $after}, and selects {@code totalCount},
     * {@code pageInfo { hasNextPage endCursor }} and the nodes. An error for bad arguments is a refusal naming them.
     */
    static Answer graphql(String operation, String root, Map<String, Object> filter,
            Function<Map<String, Object>, String> key) {
        return graphql(operation, root, filter, null, key);
    }

    /** The same, in the order {@code orderBy} (null: the list's default), which the operation takes as {@code $orderBy}. */
    static Answer graphql(String operation, String root, Map<String, Object> filter, List<Map<String, Object>> orderBy,
            Function<Map<String, Object>, String> key) {
        List<String> keys = new ArrayList<>();
        String after = null;
        while (true) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("filter", filter);
            if (orderBy != null) {
                variables.put("orderBy", orderBy);
            }
            variables.put("first", PAGE);
            variables.put("after", after);
            Map<String, Object> page = post(GraphQLClient.operation(operation), variables);
            if (page.get("errors") != null) {
                return Answer.refusal(refused(page, operation + " " + filter));
            }
            Map<String, Object> connection = at(page, "data." + root);
            Apis.<List<Map<String, Object>>>at(connection, "nodes").forEach(node -> keys.add(key.apply(node)));
            if (!Boolean.TRUE.equals(at(connection, "pageInfo.hasNextPage"))) {
                return new Answer(keys, ((Number) connection.get("totalCount")).longValue(), Set.of());
            }
            after = at(connection, "pageInfo.endCursor");
        }
    }

    /** The arguments a GraphQL answer refuses as bad user input; any other error fails the test. */
    static Set<String> refused(Map<String, Object> answer, String what) {
        Set<String> fields = new LinkedHashSet<>();
        List<?> errors = (List<?>) answer.get("errors");
        for (Object error : errors) {
            Map<?, ?> extensions = (Map<?, ?>) ((Map<?, ?>) error).get("extensions");
            if (extensions == null || !"BAD_USER_INPUT".equals(extensions.get("code"))) {
                throw new AssertionError(what + ": " + errors);
            }
            for (Object v : (List<?>) extensions.get("violations")) {
                fields.add((String) ((Map<?, ?>) v).get("argument"));
            }
        }
        return fields;
    }

    /** Runs an operation of {@code graphql/} bypassing the answer caches; fails on any error. */
    static Map<String, Object> graphql(String operation, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> answer = post(GraphQLClient.operation(operation), vars);
        if (answer.get("errors") != null) {
            throw new AssertionError(operation + " " + Arrays.asList(variables) + ": " + answer.get("errors"));
        }
        return answer;
    }

    /** Posts an operation given as text with its variables, bypassing the answer caches; checks the status (200) only. */
    static Map<String, Object> post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return object(request().contentType(ContentType.JSON).body(body).when().post("/graphql").then().statusCode(200)
                .extract().response());
    }

    private static RequestSpecification request() {
        return given().header("Cache-Control", "no-cache").header("Accept-Encoding", "identity");
    }
}
