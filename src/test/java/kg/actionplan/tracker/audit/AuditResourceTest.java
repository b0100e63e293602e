package kg.actionplan.tracker.audit;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.describedAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.Pages;

@QuarkusTest
class AuditResourceTest {

    private static final String AUDIT = "/api/v1/audit";

    private static void createObserver(String username) {
        as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "a-long-enough-password", "role", "OBSERVER",
                        "language", "en"))
                .when().post("/api/v1/users").then().statusCode(201);
    }

    private static List<Object> ids(List<Map<String, Object>> events) {
        return events.stream().map(event -> event.get("id")).toList();
    }

    @Test
    void anAccountChangeIsRecordedWithWhoWhatAndFromWhere() {
        as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", "audited-clerk", "password", "a-long-enough-password", "role", "OBSERVER",
                        "language", "ru"))
                .when().post("/api/v1/users").then().statusCode(201);
        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().patch("/api/v1/users/audited-clerk").then().statusCode(200);

        as(TestAccounts.COORDINATOR)
                .queryParam("subjectType", "ACCOUNT")
                .queryParam("subjectId", "audited-clerk")
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("ACCOUNT_UPDATED"))
                .body("[0].actor", equalTo("admin"))
                .body("[0].remoteAddress", equalTo("127.0.0.1"))
                .body("[0].summary", containsString("enabled → role OBSERVER"))
                .body("[0].summary", containsString("disabled"))
                .body("[1].action", equalTo("ACCOUNT_CREATED"));
    }

    @Test
    void theSeedImportIsRecordedAsTheSystems() {
        as(TestAccounts.ADMIN)
                .queryParam("action", "PLAN_IMPORTED")
                .queryParam("subjectId", "cybersecurity-2019-2023")
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].actor", equalTo("system"))
                .body("[0].summary", containsString("8 tasks and 23 measures"));
    }

    @Test
    void filtersCombineAndLimitCaps() {
        as(TestAccounts.ADMIN)
                .queryParam("action", "ACCOUNT_CREATED")
                .queryParam("limit", 2)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("action", everyItem(equalTo("ACCOUNT_CREATED")));
    }

    @Test
    void theLogIsReadPageByPageNewestFirstWithoutRepeatsOrGapsWhileItGrows() {
        for (int i = 0; i < 5; i++) {
            createObserver("paged-clerk-" + UUID.randomUUID());
        }
        Map<String, Object> created = Map.of("action", "ACCOUNT_CREATED");
        List<Map<String, Object>> atStart = Pages.all(() -> as(TestAccounts.ADMIN), AUDIT, created, 1000);

        List<Map<String, Object>> walked = Pages.walk(() -> as(TestAccounts.ADMIN), AUDIT,
                Map.of("action", "ACCOUNT_CREATED", "limit", 2), () -> createObserver("late-clerk-" + UUID.randomUUID()));

        assertEquals(ids(atStart), ids(walked), "the pages hold what the log held when the first was read");
        assertTrue(atStart.size() >= 5);
        List<String> times = walked.stream().map(event -> (String) event.get("occurredAt")).toList();
        assertEquals(times.stream().sorted(Comparator.comparing(Instant::parse).reversed()).toList(), times);
    }

    @Test
    void aCursorThisListingDidNotGiveIsABadRequest() {
        for (String after : List.of("not-a-cursor", "AQAFYWRtaW4")) {
            // Made up, and the cursor of the accounts listing (a username).
            as(TestAccounts.ADMIN).queryParam("after", after).when().get(AUDIT)
                    .then().statusCode(describedAs(after, equalTo(400)))
                    .body("errors[0].path", equalTo("after"))
                    .body("errors[0].message", containsString("next link"));
        }
    }

    @Test
    void reportersAndObserversCannotReadTheLog() {
        as(TestAccounts.REPORTER_BIM).when().get("/api/v1/audit").then().statusCode(403);
        as(TestAccounts.OBSERVER).when().get("/api/v1/audit").then().statusCode(403);
        given().when().get("/api/v1/audit").then().statusCode(401);
    }

    @Test
    void badFiltersAreBadRequests() {
        as(TestAccounts.ADMIN).queryParam("action", "NOPE").when().get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].path", equalTo("action"));
        as(TestAccounts.ADMIN).queryParam("from", "yesterday").when().get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].path", equalTo("from"));
        as(TestAccounts.ADMIN).queryParam("limit", 0).when().get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].path", equalTo("limit"));
    }
}
