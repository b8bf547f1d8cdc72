package org.ceasefiredata.ceasefire.explorer;

import static org.ceasefiredata.ceasefire.web.ApiContract.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.restassured.RestAssured;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;

/**
 * The iCalendar feed parses back with ical4j and with biweekly, an independent parser; it has one all-day event per
 * dated meeting and deadline, over the window of days its date covers, carrying the fact, its verdict, the quote and
 * links back; it takes the lists' filters.
 */
@QuarkusTest
class CalendarResourceTest {

    @BeforeAll
    static void log() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theFeedParsesBackWithTwoParsersAndHasAnEventPerDatedRecord() throws Exception {
        String ics = given().when().get("/api/v1/calendar.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        assertTrue(ics.contains("\r\n"), "RFC 5545 lines end in CRLF");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
        ICalendar second = Biweekly.parse(ics).first();
        assertEquals(events.size(), second.getEvents().size(), "both parsers read the same events");

        Set<String> expected = new TreeSet<>();
        for (String list : List.of("meetings", "deadlines")) {
            List<Map<String, Object>> items = given().queryParam("limit", 100).get("/api/v1/" + list).then().statusCode(200)
                    .extract().jsonPath().getList("items");
            items.stream().filter(i -> i.get(list.equals("meetings") ? "date" : "due") != null)
                    .forEach(i -> expected.add(list.substring(0, list.length() - 1) + "-" + i.get("slug")));
        }
        Set<String> uids = second.getEvents().stream().map(e -> e.getUid().getValue().replaceAll("@.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, uids);
        Set<String> ical4jUids = events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                .replaceAll("@.*", "")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, ical4jUids);
    }

    @Test
    void anEventSpansTheWindowOfItsDateAndCarriesVerdictQuoteAndLinks() {
        String ics = given().queryParam("slug", "august-1-transition-deadline,de-mistura-restart-talks-late-august")
                .when().get("/api/v1/calendar/deadlines.ics").then().statusCode(200).extract().asString();
        ICalendar calendar = Biweekly.parse(ics).first();
        assertEquals(2, calendar.getEvents().size());
        VEvent august1 = event(calendar, "deadline-august-1-transition-deadline");
        assertEquals(LocalDate.of(2016, 8, 1), day(august1.getDateStart().getValue()));
        assertEquals(LocalDate.of(2016, 8, 2), day(august1.getDateEnd().getValue()), "DTEND is exclusive");
        assertTrue(!august1.getDateStart().getValue().hasTime(), "an all-day event");
        String description = august1.getDescription().getValue();
        assertTrue(description.contains("Verdict: missed"), description);
        assertTrue(description.contains("Quote: “"), description);
        assertTrue(description.contains("/documents/ap-geneva-kerry-lavrov-2016-08-26#q-"), description);
        assertTrue(august1.getUrl().getValue().endsWith("/deadlines/august-1-transition-deadline"));
        // "late August": days 21 to 31, and the summary says how precise it is.
        VEvent late = event(calendar, "deadline-de-mistura-restart-talks-late-august");
        assertEquals(LocalDate.of(2016, 8, 21), day(late.getDateStart().getValue()));
        assertEquals(LocalDate.of(2016, 9, 1), day(late.getDateEnd().getValue()));
        assertTrue(late.getSummary().getValue().endsWith("(late Aug. 2016)"), late.getSummary().getValue());
    }

    @Test
    void asKnownOnADayTheVerdictIsThatDays() {
        String ics = given().queryParam("slug", "august-1-transition-deadline").queryParam("asOf", "2016-07-31")
                .when().get("/api/v1/calendar/deadlines.ics").then().statusCode(200).extract().asString();
        String description = event(Biweekly.parse(ics).first(), "deadline-august-1-transition-deadline").getDescription()
                .getValue();
        assertTrue(description.contains("Verdict: pending (as known on 2016-07-31)"), description);
    }

    @Test
    void theFeedsTakeTheListsFilters() {
        String missed = given().queryParam("status", "missed").when().get("/api/v1/calendar/deadlines.ics").then()
                .statusCode(200).extract().asString();
        Biweekly.parse(missed).first().getEvents().forEach(e -> assertTrue(e.getDescription().getValue()
                .contains("Verdict: missed"), e.getUid().getValue()));
        String munich = given().queryParam("kind", "ministerial").queryParam("place", "Munich").when()
                .get("/api/v1/calendar/meetings.ics").then().statusCode(200).extract().asString();
        assertEquals(Set.of("meeting-issg-munich-2016-02"), Biweekly.parse(munich).first().getEvents().stream()
                .map(e -> e.getUid().getValue().replaceAll("@.*", "")).collect(Collectors.toSet()));
        String onlyDeadlines = given().queryParam("type", "deadline").queryParam("participant", "united-nations").when()
                .get("/api/v1/calendar.ics").then().statusCode(200).extract().asString();
        assertTrue(Biweekly.parse(onlyDeadlines).first().getEvents().stream()
                .allMatch(e -> e.getUid().getValue().startsWith("deadline-")));
    }

    @Test
    void badFiltersAreRefusedByName() {
        given().queryParam("status", "forgotten").when().get("/api/v1/calendar/deadlines.ics").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().queryParam("type", "commitment").when().get("/api/v1/calendar.ics").then().statusCode(400)
                .body("violations[0].field", equalTo("type"));
        given().queryParam("colour", "red").when().get("/api/v1/calendar.ics").then().statusCode(400)
                .body("violations[0].field", equalTo("colour"));
        given().queryParam("asOf", "someday").when().get("/api/v1/calendar/meetings.ics").then().statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
    }

    private static VEvent event(ICalendar calendar, String uidPrefix) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().startsWith(uidPrefix + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uidPrefix));
    }

    private static LocalDate day(biweekly.util.ICalDate date) {
        return LocalDate.of(date.getRawComponents().getYear(), date.getRawComponents().getMonth(),
                date.getRawComponents().getDate());
    }
}
