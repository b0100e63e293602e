package kg.actionplan.tracker.common;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTS;
import static kg.actionplan.tracker.report.ReportFixtures.create;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.entryIs;
import static kg.actionplan.tracker.report.ReportFixtures.etag;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.putEntry;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * Request bodies are taken as the contract types them: nothing is converted between JSON types, every error points
 * into the body with a JSON Pointer in words a clerk understands, and a body must say what it is.
 */
@QuarkusTest
class StrictInputTest {

    private static final String UKMK = TestAccounts.REPORTER_UKMK;

    private static long draft() {
        return createReport(UKMK, newPlan(), "2024-H1", "UKMK");
    }

    private static Map<String, Object> entry(Object percent, Object narrative) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", "IN_PROGRESS");
        body.put("progressPercent", percent);
        body.put("narrative", narrative);
        return body;
    }

    private static void refused(ValidatableResponse response, String path, String message) {
        response.statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:invalid-input"))
                .body("errors[0].path", equalTo(path))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        long id = draft();

        refused(putEntry(UKMK, id, "1.1", "*", entry(50.5, "x")), "/progressPercent", "must be a whole number");
        entryIs(UKMK, id, "1.1", "NOT_STARTED", 0);
    }

    @Test
    void textIsNotANumber() {
        long id = draft();

        refused(putEntry(UKMK, id, "1.1", "*", entry("60", "x")), "/progressPercent", "must be a whole number");
        entryIs(UKMK, id, "1.1", "NOT_STARTED", 0);
    }

    @Test
    void aNumberIsNotText() {
        long id = draft();

        refused(putEntry(UKMK, id, "1.1", "*", entry(60, 123)), "/narrative", "must be text");
        entryIs(UKMK, id, "1.1", "NOT_STARTED", 0);
    }

    @Test
    void textIsNotTrueOrFalse() {
        refused(as(TestAccounts.ADMIN).contentType(ContentType.JSON).body("{\"enabled\": \"false\"}")
                .when().patch("/api/v1/users/" + TestAccounts.OBSERVER).then(), "/enabled", "must be true or false");
        as(TestAccounts.ADMIN).when().get("/api/v1/users/" + TestAccounts.OBSERVER).then().body("enabled", equalTo(true));
    }

    @Test
    void aNumericPasswordCreatesNoAccount() {
        refused(as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                .body("{\"username\": \"numeric-pw\", \"password\": 123456789012345, \"role\": \"OBSERVER\", "
                        + "\"language\": \"ky\"}")
                .when().post("/api/v1/users").then(), "/password", "must be text");
        as(TestAccounts.ADMIN).when().get("/api/v1/users/numeric-pw").then().statusCode(404);
    }

    @Test
    void aCountOfDaysIsNotADate() {
        refused(given().auth().preemptive().basic(TestAccounts.OBSERVER, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).body("{\"name\": \"n\", \"expiresOn\": 20500}")
                .when().post("/api/v1/users/" + TestAccounts.OBSERVER + "/tokens").then(),
                "/expiresOn", "must be a date written YYYY-MM-DD");
    }

    @Test
    void aViolationInsideAListIsPointedAt() {
        long id = draft();
        Map<String, Object> body = entry(40, "x");
        body.put("evidence", List.of(Map.of("title", "Order"), Map.of("title", "Site", "url", "ftp://x")));

        refused(putEntry(UKMK, id, "1.1", "*", body), "/evidence/1/url", "must be an http or https URL");
    }

    @Test
    void anAmountWithThreeDecimalsIsRefusedInWords() {
        long id = draft();
        Map<String, Object> body = entry(40, "x");
        body.put("spent", Map.of("amount", 1.234, "currency", "KGS"));

        refused(putEntry(UKMK, id, "1.1", "*", body), "/spent/amount",
                "must be an amount with at most 17 digits before the point and 2 after it");
    }

    @Test
    void anUnknownRoleIsRefusedInWords() {
        refused(as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", "no-role", "password", "a-long-enough-password", "role", "ROOT",
                        "language", "ky"))
                .when().post("/api/v1/users").then(), "/role", "must be ADMIN, COORDINATOR, REPORTER or OBSERVER");
    }

    @Test
    void aBodyWithoutContentTypeIsRefusedWith415AndChangesNothing() {
        long id = draft();

        as(UKMK).header("If-Match", "*").body("{\"status\": \"IN_PROGRESS\", \"progressPercent\": 30}")
                .when().put(REPORTS + "/" + id + "/entries/1.1")
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:unsupported-media-type"));
        entryIs(UKMK, id, "1.1", "NOT_STARTED", 0);
    }

    @Test
    void anUnquotedOrWeakIfMatchIsABadRequestNotAConflict() {
        long id = draft();
        String etag = etag(UKMK, id, "1.1");

        for (String ifMatch : new String[] {etag.replace("\"", ""), "W/" + etag, "\"unterminated"}) {
            putEntry(UKMK, id, "1.1", ifMatch, inProgress(30, "x"))
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:tracker:problem:invalid-parameter"))
                    .body("errors[0].path", equalTo("If-Match"))
                    .body("detail", not(containsString("changed")));
        }
        entryIs(UKMK, id, "1.1", "NOT_STARTED", 0);

        putEntry(UKMK, id, "1.1", "\"0.0\", " + etag, inProgress(30, "x")).statusCode(200);
    }

    @Test
    void aReporterOpeningAnotherAgencysReportIsToldWhy() {
        create(TestAccounts.REPORTER_BIM, newPlan(), "2024-H1", "UKMK")
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("detail", equalTo("A reporter opens reports of its own agency only, not of UKMK."));
    }

    @Test
    void absentValuesAreLeftOutRatherThanSentAsNull() {
        String body = as(TestAccounts.ADMIN).when().get("/api/v1/users/admin").then().statusCode(200)
                .extract().asString();

        assertFalse(body.contains("null"), body);
        assertFalse(body.contains("\"email\""), body);
    }
}
