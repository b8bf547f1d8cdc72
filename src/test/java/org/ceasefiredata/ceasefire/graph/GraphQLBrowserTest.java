package org.ceasefiredata.ceasefire.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.ceasefiredata.ceasefire.browser.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The GraphQL and REST APIs in a real browser (headless Chromium), as a front-end developer first meets them: the
 * bundled GraphQL UI loads the schema and runs a typed query; Swagger UI's "Try it out" lists meetings; a page served
 * from another origin reads REST, posts GraphQL and sends an Apollo persisted query with {@code fetch}. Screenshots go
 * to {@code target/screenshots/graphql/}.
 */
@QuarkusTest
class GraphQLBrowserTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static BrowserSession browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void start() {
        browser = BrowserSession.start("graphql");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theGraphqlUiLoadsTheSchemaAndRunsATypedQuery() throws Exception {
        browser.open(root + "q/graphql-ui/");
        browser.waitFor(By.cssSelector(".graphiql-query-editor .CodeMirror"));
        // The schema is loaded when the documentation explorer can list the query root's fields.
        browser.driver().findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
        browser.waitFor(By.xpath("//div[contains(@class,'graphiql-doc-explorer')]//a[normalize-space()='Query']")).click();
        browser.waitFor(By.xpath("//div[contains(@class,'graphiql-doc-explorer')]//a[normalize-space()='meetings']"));
        assertFalse(responsePane().contains("Error fetching schema"), responsePane());

        // The query as a developer types it (the editor's own API; synthetic key presses race autocompletion).
        browser.script("document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(arguments[0])",
                "query Munich {\n  meeting(slug: \"issg-munich-2016-02\") {\n    id\n    title\n"
                        + "    participants { participant { slug name } }\n  }\n}");
        browser.driver().findElement(By.cssSelector("button.graphiql-execute-button")).click();
        browser.waitUntil(d -> responsePane().contains("\"data\""));
        browser.screenshot("graphql-ui");
        JsonNode answer = JSON.readTree(responsePane());
        assertTrue(answer.path("errors").isMissingNode(), answer.toString());
        assertEquals("ISSG ministerial meeting in Munich", answer.at("/data/meeting/title").asText());
        assertTrue(answer.at("/data/meeting/participants").toString().contains("\"sergey-lavrov\""), answer.toString());
    }

    @Test
    void swaggerUiTryItOutListsMeetings() throws Exception {
        browser.open(root + "q/swagger-ui/");
        var block = browser.waitFor(By.xpath("//div[contains(@class,'opblock-get')]"
                + "[.//*[contains(@class,'opblock-summary-path') and @data-path='/api/v1/meetings']]"));
        block.findElement(By.cssSelector(".opblock-summary-control, .opblock-summary")).click();
        browser.waitFor(By.cssSelector("#" + block.getAttribute("id") + " button.try-out__btn")).click();
        browser.waitFor(By.cssSelector("#" + block.getAttribute("id") + " button.execute")).click();
        String bodySelector = "#" + block.getAttribute("id") + " .live-responses-table .response-col_description pre";
        browser.waitUntil(d -> !text(bodySelector).isBlank());
        browser.screenshot("swagger-ui-meetings");
        String url = text("#" + block.getAttribute("id") + " .request-url pre");
        JsonNode page = JSON.readTree(text(bodySelector));
        assertTrue(page.path("items").size() > 0, "Try it out with the pre-filled values lists no meeting: " + url);
        assertTrue(page.path("items").findValuesAsText("slug").contains("issg-munich-2016-02"), page.toString());
    }

    @Test
    void aPageOfAnotherOriginReadsRestPostsGraphqlAndSendsAPersistedQuery() throws Exception {
        String api = root.toString().replaceAll("/$", "");
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = page(api).getBytes(StandardCharsets.UTF_8);
        other.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        other.start();
        try {
            String origin = "http://127.0.0.1:" + other.getAddress().getPort();
            assertFalse(api.startsWith(origin), "the page must come from another origin than " + api);
            browser.open(origin + "/newsroom.html");
            browser.waitUntil(d -> !text("#done").isBlank());
            browser.screenshot("other-origin");
            assertEquals("done", text("#done"), text("#failure"));

            JsonNode rest = JSON.readTree(text("#rest"));
            assertEquals(3, rest.path("items").size(), rest.toString());
            assertEquals("vienna-talks-2015", rest.at("/items/0/slug").asText());

            JsonNode graphql = JSON.readTree(text("#graphql"));
            assertTrue(graphql.path("errors").isMissingNode(), graphql.toString());
            assertEquals("ISSG ministerial meeting in Munich", graphql.at("/data/meeting/title").asText());
            assertFalse(graphql.at("/data/meeting/id").asText().isBlank(), graphql.toString());

            // Apollo's protocol (useGETForHashedQueries): the hash alone over GET; unknown, so the document with its hash
            // over POST; from then on the hash alone, a URL a CDN can cache.
            JsonNode unknown = JSON.readTree(text("#apq-miss"));
            assertEquals("PERSISTED_QUERY_NOT_FOUND", unknown.at("/errors/0/extensions/code").asText(), unknown.toString());
            assertEquals("400", text("#apq-miss-status"), "the status Apollo's link reads the errors of");
            JsonNode registered = JSON.readTree(text("#apq-register"));
            assertEquals(18, registered.at("/data/meetings/totalCount").asInt(), registered.toString());
            JsonNode hit = JSON.readTree(text("#apq-hit"));
            assertEquals(18, hit.at("/data/meetings/totalCount").asInt(), hit.toString());
            assertEquals(2, hit.at("/data/meetings/nodes").size(), hit.toString());
        } finally {
            other.stop(0);
        }
    }

    /**
     * A newsroom's page: plain {@code fetch}, as a front end without a GraphQL library sends it. The persisted query
     * carries a unique comment, so that no earlier request has registered its hash.
     */
    static String page(String api) {
        String unique = "# " + System.nanoTime();
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Newsroom</title></head>
                <body>
                <pre id="rest"></pre><pre id="graphql"></pre>
                <pre id="apq-miss"></pre><p id="apq-miss-status"></p><pre id="apq-register"></pre><pre id="apq-hit"></pre>
                <p id="done"></p><pre id="failure"></pre>
                <script>
                const API = '%s';
                const GRAPHQL_HEADERS = {'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json'};
                async function show(id, response) {
                  document.getElementById(id).textContent = await response.text();
                }
                async function sha256(text) {
                  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
                  return Array.from(new Uint8Array(bytes)).map(b => b.toString(16).padStart(2, '0')).join('');
                }
                async function run() {
                  await show('rest', await fetch(API + '/api/v1/meetings?limit=3', {headers: {'Accept': 'application/json'}}));
                  await show('graphql', await fetch(API + '/graphql', {method: 'POST', headers: GRAPHQL_HEADERS,
                    body: JSON.stringify({query: 'query Meeting($slug: String!) { meeting(slug: $slug) { id title } }',
                                          variables: {slug: 'issg-munich-2016-02'}})}));
                  const query = 'query Count { meetings(first: 2) { totalCount nodes { id slug } } } %s';
                  const extensions = JSON.stringify({persistedQuery: {version: 1, sha256Hash: await sha256(query)}});
                  const miss = await fetch(API + '/graphql?extensions=' + encodeURIComponent(extensions));
                  document.getElementById('apq-miss-status').textContent = miss.status;
                  await show('apq-miss', miss);
                  await show('apq-register', await fetch(API + '/graphql', {method: 'POST', headers: GRAPHQL_HEADERS,
                    body: JSON.stringify({query: query, extensions: JSON.parse(extensions)})}));
                  await show('apq-hit', await fetch(API + '/graphql?extensions=' + encodeURIComponent(extensions)));
                }
                run().then(() => { document.getElementById('done').textContent = 'done'; })
                     .catch(e => { document.getElementById('failure').textContent = String(e);
                                   document.getElementById('done').textContent = 'failed'; });
                </script>
                </body></html>
                """.formatted(api, unique);
    }

    /** The text of GraphiQL's response pane. */
    static String responsePane() {
        Object text = browser.script("var r = document.querySelector('.graphiql-response .CodeMirror');"
                + " return r ? r.CodeMirror.getValue() : '';");
        return String.valueOf(text);
    }

    static String text(String css) {
        return String.valueOf(browser.script("var e = document.querySelector(arguments[0]);"
                + " return e ? e.textContent : '';", css));
    }
}
