package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * What the report tests need over and over: a fresh plan of their own (so that no test meets another's reports), a
 * reporter for its agency TESTAG, and short ways to open, edit, submit and review a report.
 *
 * <p>A fresh plan is {@code plan-documents/minimal.json}: measure 1.1 (due 2025-06-30, TESTAG lead, UKMK by
 * agreement), 1.2 (repealed) and 2.1 (2024–2028, UKMK); half-years 2024-H1 to 2028-H2 in Asia/Bishkek; agency
 * reports due on the 5th of the following month.
 */
public final class ReportFixtures {

    public static final String REPORTS = "/api/v1/reports";
    public static final String REPORTER_TESTAG = "reporter-testag";
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static volatile boolean testagReporterReady;

    private ReportFixtures() {
    }

    /**
     * Imports a fresh copy of the minimal plan under a unique code and returns the code.
     */
    public static String newPlan() {
        return newPlan(document -> {
        });
    }

    /**
     * Imports a fresh copy of the minimal plan, changed by {@code change} first, and returns its code.
     */
    public static String newPlan(Consumer<ObjectNode> change) {
        String code = "rpt-" + UUID.randomUUID().toString().substring(0, 13);
        ObjectNode document = minimalDocument();
        ((ObjectNode) document.get("plan")).put("code", code);
        change.accept(document);
        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(document.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(201);
        ensureTestagReporter();
        return code;
    }

    /**
     * The minimal plan with BIM added as a further executor of measure 2.1, so that BIM has something to report.
     */
    public static String newPlanWithBimOn2_1() {
        return newPlan(document -> {
            ArrayNode executors = (ArrayNode) document.get("plan").get("tasks").get(1).get("measures").get(0)
                    .get("executors");
            executors.addObject().put("agency", "BIM");
        });
    }

    /**
     * The reporter of TESTAG, the agency the minimal plan brings: created once, when TESTAG exists.
     */
    private static void ensureTestagReporter() {
        if (testagReporterReady) {
            return;
        }
        synchronized (ReportFixtures.class) {
            if (testagReporterReady) {
                return;
            }
            as(TestAccounts.ADMIN)
                    .contentType(ContentType.JSON)
                    .body(Map.of("username", REPORTER_TESTAG, "password", TestAccounts.PASSWORD, "role", "REPORTER",
                            "agency", "TESTAG", "email", REPORTER_TESTAG + "@tracker.gov.kg", "language", "ru"))
                    .when().post("/api/v1/users")
                    .then().statusCode(anyOf(is(201), is(409)));
            testagReporterReady = true;
        }
    }

    public static ValidatableResponse create(String user, String plan, String period, String agency) {
        return as(user)
                .contentType(ContentType.JSON)
                .body(Map.of("planCode", plan, "period", period, "agency", agency))
                .when().post(REPORTS)
                .then();
    }

    /**
     * Records a report received on paper on {@code receivedOn} with the letter {@code letterNumber} of
     * {@code letterDate}, as {@code user}.
     */
    public static ValidatableResponse backfill(String user, String plan, String period, String agency,
            String receivedOn, String letterNumber, String letterDate) {
        return as(user)
                .contentType(ContentType.JSON)
                .body(Map.of("planCode", plan, "period", period, "agency", agency, "backfill",
                        Map.of("receivedOn", receivedOn, "letter", Map.of("number", letterNumber, "date", letterDate))))
                .when().post(REPORTS)
                .then();
    }

    /**
     * The coordinator records a report received on paper on {@code receivedOn} with letter No. 12-3/456 of
     * {@code letterDate}; returns its id.
     */
    public static long backfilled(String plan, String period, String agency, String receivedOn, String letterDate) {
        return backfill(TestAccounts.COORDINATOR, plan, period, agency, receivedOn, "12-3/456", letterDate)
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * Opens the report and returns its id.
     */
    public static long createReport(String user, String plan, String period, String agency) {
        return create(user, plan, period, agency).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static ValidatableResponse getReport(String user, long id) {
        return as(user).when().get(REPORTS + "/" + id).then();
    }

    public static ValidatableResponse getEntry(String user, long id, String measure) {
        return as(user).when().get(REPORTS + "/" + id + "/entries/" + measure).then();
    }

    public static String etag(String user, long id, String measure) {
        return getEntry(user, id, measure).statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse putEntry(String user, long id, String measure, String ifMatch, Object body) {
        var request = as(user).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(REPORTS + "/" + id + "/entries/" + measure).then();
    }

    /**
     * Reads the entry's ETag and replaces the entry; expects success.
     */
    public static ValidatableResponse edit(String user, long id, String measure, Object body) {
        return putEntry(user, id, measure, etag(user, id, measure), body).statusCode(200);
    }

    public static ValidatableResponse submit(String user, long id) {
        return as(user).when().post(REPORTS + "/" + id + "/submit").then();
    }

    public static ValidatableResponse accept(String user, long id) {
        return as(user).when().post(REPORTS + "/" + id + "/accept").then();
    }

    public static ValidatableResponse returnReport(String user, long id, String comment) {
        return as(user)
                .contentType(ContentType.JSON)
                .body(Map.of("comment", comment))
                .when().post(REPORTS + "/" + id + "/return")
                .then();
    }

    public static ValidatableResponse revisions(String user, long id) {
        return as(user).when().get(REPORTS + "/" + id + "/revisions").then();
    }

    /**
     * An entry body with status, percentage and narrative.
     */
    public static Map<String, Object> entry(String status, int percent, String narrative) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("progressPercent", percent);
        if (narrative != null) {
            body.put("narrative", narrative);
        }
        return body;
    }

    public static Map<String, Object> inProgress(int percent, String narrative) {
        return entry("IN_PROGRESS", percent, narrative);
    }

    /**
     * A COMPLETED entry without the day of completion, as back-filled reporting on a past half-year may be.
     */
    public static Map<String, Object> completed(String narrative) {
        Map<String, Object> body = entry("COMPLETED", 100, narrative);
        body.put("evidence", List.of(Map.of("title", "Order on the measure", "actNumber", "17",
                "actDate", "2025-06-15")));
        return body;
    }

    /**
     * A COMPLETED entry that says on which day the work was completed.
     */
    public static Map<String, Object> completed(String narrative, String completedOn) {
        Map<String, Object> body = completed(narrative);
        body.put("completedOn", completedOn);
        return body;
    }

    /**
     * Asserts the stored entry's status and percentage (to check that a refused request changed nothing).
     */
    public static ValidatableResponse entryIs(String user, long id, String measure, String status, int percent) {
        return getEntry(user, id, measure).statusCode(200)
                .body("status", equalTo(status))
                .body("progressPercent", equalTo(percent));
    }

    private static ObjectNode minimalDocument() {
        try (InputStream in = ReportFixtures.class.getClassLoader()
                .getResourceAsStream("plan-documents/minimal.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
