package org.ceasefiredata.ceasefire.graph;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts the operations of {@code src/test/resources/graphql/} with variables, as a front-end client would. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    /** The text of {@code graphql/<name>.graphql}. */
    public static String operation(String name) {
        try (InputStream in = GraphQLClient.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("no operation graphql/" + name + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an operation; variables alternate name and value. Checks the HTTP status (200) only. */
    public static ValidatableResponse run(String name, Object... variables) {
        return post(operation(name), false, variables);
    }

    /** Runs an operation bypassing the result memo, so that it reads the database. */
    public static ValidatableResponse fresh(String name, Object... variables) {
        return post(operation(name), true, variables);
    }

    /** Posts a document with variables (bypassing the answer cache); checks the HTTP status (200) only. */
    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).header("Cache-Control", "no-cache")
                .body(Map.of("query", query, "variables", variables)).when().post("/graphql").then().statusCode(200);
    }

    private static ValidatableResponse post(String query, boolean fresh, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", vars);
        var request = given().contentType(ContentType.JSON).body(body);
        if (fresh) {
            request = request.header("Cache-Control", "no-cache");
        }
        return request.when().post("/graphql").then().statusCode(200);
    }
}
