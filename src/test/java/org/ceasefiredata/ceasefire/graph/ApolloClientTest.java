package org.ceasefiredata.ceasefire.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Apollo Client itself (pinned in {@code tools/graphql/package-lock.json}, run by Node with
 * {@code tools/graphql/apollo-client.mjs}) against the service under test, with the minimal set-up the README shows:
 * its {@code InMemoryCache}, without {@code keyFields} or {@code possibleTypes}, normalises every record of every
 * front-end operation; {@code relayStylePagination} merges a "Load more"; {@code createPersistedQueryLink} sends the
 * hash over GET, the document once over POST when the hash is unknown, then only the hash.
 * <p>
 * Needs {@code node} and {@code npm ci --prefix tools/graphql}. Skipped when Node is absent from this machine and
 * {@code CI} is not set, or the packages are not installed; on CI either fails it.
 */
@QuarkusTest
class ApolloClientTest {

    static final Path SCRIPT = Path.of("tools/graphql/apollo-client.mjs");
    static final Path APOLLO = Path.of("tools/graphql/node_modules/@apollo/client/package.json");

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void apolloClientNormalisesEveryRecordPagesAndPersistsQueries() throws Exception {
        JsonNode result = run();
        List<String> operations = new ArrayList<>();
        Map<String, String> problems = new TreeMap<>();
        result.path("operations").fields().forEachRemaining(op -> {
            operations.add(op.getKey());
            JsonNode outcome = op.getValue();
            if (outcome.has("error")) {
                problems.put(op.getKey(), outcome.path("error").asText());
            } else if (!outcome.path("inline").isEmpty()) {
                problems.put(op.getKey(), "records the cache could not normalise: " + outcome.path("inline"));
            } else if (outcome.path("normalised").asInt() < 1) {
                problems.put(op.getKey(), "no record normalised");
            }
        });
        assertEquals(FrontendOperationsTest.operations().stream().map(p -> p.getFileName().toString()).sorted().toList(),
                operations, "Apollo ran every front-end operation");
        assertEquals(Map.of(), problems);

        JsonNode pages = result.path("pages");
        assertEquals(25, pages.path("first").asInt(), pages.toString());
        assertEquals(Math.min(50, pages.path("totalCount").asInt()), pages.path("merged").asInt(),
                "fetchMore appended the next page: " + pages);

        JsonNode persisted = result.path("persisted");
        assertEquals(List.of("GET 400", "POST 200"), texts(persisted.path(0).path("exchange")),
                "an unknown hash, then the document with its hash");
        assertEquals(List.of("GET 200"), texts(persisted.path(1).path("exchange")), "then the hash alone, over GET");
        assertEquals(18, persisted.path(1).path("totalCount").asInt());
    }

    JsonNode run() throws IOException, InterruptedException {
        Process probe;
        try {
            probe = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            probe.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            if (System.getenv("CI") != null) {
                fail("Apollo Client must run on CI, but node is missing");
            }
            Assumptions.abort("Apollo Client test skipped: node is missing");
            return null;
        }
        if (!Files.isReadable(APOLLO)) {
            String why = APOLLO + " is missing: run npm ci --prefix tools/graphql (pinned in tools/graphql/package-lock.json)";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            Assumptions.abort("Apollo Client test skipped: " + why); // as the browser tests do without axe-core
            return null;
        }
        Path errors = Files.createTempFile("apollo-client-", ".log");
        Process node = new ProcessBuilder("node", SCRIPT.toString(), graphql.toString())
                .redirectError(errors.toFile()).start();
        byte[] out = node.getInputStream().readAllBytes();
        if (!node.waitFor(120, TimeUnit.SECONDS) || node.exitValue() != 0) {
            node.destroyForcibly();
            fail("node " + SCRIPT + " failed: " + Files.readString(errors));
        }
        Files.deleteIfExists(errors);
        return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
