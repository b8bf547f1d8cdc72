package org.ceasefiredata.ceasefire.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.browser.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The explorer in a real browser, as a journalist uses it: from the timeline to a meeting, to a citation, to the
 * highlighted words in the source; "as known on" the eve of a deadline; search with typeahead; and every page type
 * checked with axe-core. Screenshots go to {@code target/screenshots/explorer/}, axe reports to
 * {@code target/axe/explorer/}.
 */
@QuarkusTest
class ExplorerBrowserTest {

    static final String MUNICH_REPORT = "southeast-missourian-munich-issg-2016-02-12";
    static BrowserSession browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void start() {
        browser = BrowserSession.start("explorer");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void fromTheTimelineToAMeetingToACitationToTheHighlightedWordsInTheSource() {
        browser.open(root.toString());
        browser.screenshot("1-home");
        browser.driver().findElement(By.cssSelector("svg.timeline a[data-slug='issg-munich-2016-02']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/meetings/issg-munich-2016-02"));
        assertEquals("ISSG ministerial meeting in Munich", browser.driver().findElement(By.tagName("h1")).getText());
        browser.screenshot("2-meeting");

        // A citation of the meeting that quotes the Munich report: follow it to its place in the source.
        WebElement citation = browser.driver()
                .findElement(By.cssSelector(".cites a[href*='/documents/" + MUNICH_REPORT + "#q-']"));
        String href = citation.getAttribute("href");
        String key = href.substring(href.indexOf("#q-") + 3);
        citation.click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/documents/" + MUNICH_REPORT));
        browser.waitUntil(d -> ((Number) browser.script("return document.querySelectorAll('a.hl.current').length"))
                .intValue() > 0);
        browser.screenshot("3-source");

        JsonPath meeting = RestAssured.given().accept("application/json").get("/api/v1/meetings/issg-munich-2016-02")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> citations = meeting.getList("citations");
        Map<String, Object> cited = citations.stream()
                .filter(c -> (c.get("start") + "-" + c.get("end")).equals(key)).findFirst().orElseThrow();
        String highlighted = (String) browser.script("return Array.from(document.querySelectorAll("
                + "'a.hl[data-q~=\"' + arguments[0] + '\"]')).map(function (a) { return a.textContent; }).join('')", key);
        assertEquals(cited.get("quote"), highlighted, "the highlighted words are exactly the quote");
        Long lit = (Long) browser.script("return document.querySelectorAll('a.hl.current').length");
        Long pieces = (Long) browser.script("return document.querySelectorAll('a.hl[data-q~=\"' + arguments[0] + '\"]').length",
                key);
        assertEquals(pieces, lit, "the quote the link pointed at is lit up, all of it");
        // The page shows the original text, every character, in order: the offsets index what is on screen.
        String original = RestAssured.given().accept("application/json").get("/api/v1/documents/" + MUNICH_REPORT).then()
                .extract().jsonPath().getString("originalText");
        assertEquals(original, browser.script("return document.getElementById('source-text').textContent"));

        // From the highlight to the facts it supports, the meeting among them. (Where quotes overlap, a piece links to
        // the shortest quote covering it, so the piece followed is one that links to this quote.)
        browser.driver().findElement(By.cssSelector("a.hl[href='#f-" + key + "']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("#f-" + key));
        WebElement facts = browser.driver().findElement(By.id("f-" + key));
        assertTrue(facts.findElements(By.cssSelector("a[href='/meetings/issg-munich-2016-02']")).size() > 0,
                facts.getText());
    }

    @Test
    void asKnownOnTheEveOfAugustFirstTheDeadlineIsPending() {
        browser.open(root + "deadlines/august-1-transition-deadline");
        assertEquals("missed", browser.driver().findElement(By.id("verdict")).getText());
        WebElement day = browser.driver().findElement(By.id("asof"));
        day.sendKeys("07312016");
        assertEquals("2016-07-31", day.getAttribute("value"), "the date picker took the day");
        browser.driver().findElement(By.cssSelector("form.asof button[type=submit]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("asOf=2016-07-31"));
        assertEquals("pending", browser.driver().findElement(By.id("verdict")).getText());
        assertTrue(browser.driver().findElement(By.cssSelector(".asof-note")).getText().contains("as known on 2016-07-31"));
        browser.screenshot("4-deadline-as-of-2016-07-31");
        // The day stays with the reader: the timeline as of that day has the deadline pending too.
        browser.driver().findElement(By.cssSelector("a.brand")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("asOf=2016-07-31"));
        String title = browser.driver()
                .findElement(By.cssSelector("svg.timeline a[data-slug='august-1-transition-deadline'] title"))
                .getAttribute("textContent");
        assertTrue(title.endsWith(", pending"), title);
    }

    @Test
    void searchSuggestsAsOneTypesAndWorksWithoutAChoiceToo() {
        browser.open(root.toString());
        WebElement box = browser.driver().findElement(By.id("site-q"));
        box.sendKeys("lavr");
        WebElement suggestion = browser.waitFor(By.xpath("//ul[@id='site-q-suggestions']/li[contains(., 'Sergey Lavrov')]"));
        assertEquals("true", box.getAttribute("aria-expanded"));
        browser.screenshot("5-typeahead");
        suggestion.click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/participants/sergey-lavrov"));
        browser.screenshot("6-participant");

        WebElement again = browser.driver().findElement(By.id("site-q"));
        again.sendKeys("cessation of hostilities");
        again.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/search?q=cessation"));
        assertTrue(browser.driver().findElements(By.cssSelector(".hits li")).size() > 0, "results without a suggestion");
        browser.screenshot("7-search");
    }

    @Test
    void everyPageTypeHasNoSeriousOrCriticalAccessibilityViolation() {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "");
        pages.put("home-whole-record", "?window=all");
        pages.put("meeting", "meetings/issg-munich-2016-02");
        pages.put("participant", "participants/russia");
        pages.put("commitment", "commitments/munich-cessation-of-hostilities");
        pages.put("deadline", "deadlines/august-1-transition-deadline?asOf=2016-07-31");
        pages.put("source", "documents/" + MUNICH_REPORT);
        pages.put("search", "search?q=Munich");
        pages.put("card", "embed/deadlines/august-1-transition-deadline");
        pages.put("not-found", "meetings/nowhere");
        Map<String, List<BrowserSession.Violation>> failing = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.open(root + page.getValue());
            browser.screenshot("a11y-" + page.getKey());
            try {
                browser.assertAccessible(page.getKey());
            } catch (AssertionError e) {
                failing.put(page.getKey(), browser.axe().stream()
                        .filter(v -> BrowserSession.FAILING_IMPACTS.contains(v.impact())).toList());
            }
        }
        assertEquals(Map.of(), failing, "serious or critical axe violations by page");
    }

    /**
     * A news site on another origin pastes the oEmbed answer for a permalink, as a CMS does: the iframe shows the fact
     * card (a card that refused to be framed, as every other page does, would show the browser's error page instead).
     */
    @Test
    void aNewsSiteOnAnotherOriginShowsTheFactCardOEmbedHandsOut() throws Exception {
        String base = root.toString().replaceAll("/$", "");
        JsonPath oembed = RestAssured.given().queryParam("url", base + "/meetings/issg-munich-2016-02")
                .get(base + "/api/v1/oembed").then().statusCode(200).extract().jsonPath();
        String title = oembed.getString("title");
        byte[] page = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A story</title></head>"
                + "<body><h1>A story</h1>" + oembed.getString("html") + "</body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer
                .create(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
        try {
            String origin = "http://127.0.0.1:" + site.getAddress().getPort();
            assertTrue(!base.startsWith(origin), "the story must come from another origin than " + base);
            browser.open(origin + "/story.html");
            WebElement frame = browser.waitFor(By.tagName("iframe"));
            browser.driver().switchTo().frame(frame);
            try {
                WebElement kind = browser.waitFor(By.cssSelector("p.kind"));
                assertTrue(kind.getText().toLowerCase(java.util.Locale.ROOT).contains("meeting"), kind.getText());
                assertTrue(browser.driver().getPageSource().contains(title), "the card shows " + title);
            } finally {
                browser.driver().switchTo().defaultContent();
            }
            browser.screenshot("embedded-card");
        } finally {
            site.stop(0);
        }
    }
}
