package kg.actionplan.tracker.report;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.completed;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.entryIs;
import static kg.actionplan.tracker.report.ReportFixtures.etag;
import static kg.actionplan.tracker.report.ReportFixtures.getEntry;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.putEntry;
import static kg.actionplan.tracker.report.ReportFixtures.returnReport;
import static kg.actionplan.tracker.report.ReportFixtures.revisions;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * Planned vs actual. An entry may say on which day the work was actually completed (completedOn): only with
 * COMPLETED, never after today (Asia/Bishkek) nor after its half-year's last day; required while the half-year's
 * reports are still due (up to the end of the 5th of the following month), optional for a half-year whose deadline
 * has passed (back-filling). A measure then shows the half-year and day its lead reported it completed, and the slip
 * in days from its deadline. Measure 1.1 of a fresh plan: lead TESTAG, UKMK by agreement, due 2025-06-30.
 */
@QuarkusTest
class PlannedVsActualTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse measure(String plan, String code) {
        return given().when().get("/api/v1/plans/" + plan + "/measures/" + code).then().statusCode(200);
    }

    private static ValidatableResponse measure(String plan, String code, String asOf) {
        return given().queryParam("asOf", asOf)
                .when().get("/api/v1/plans/" + plan + "/measures/" + code)
                .then().statusCode(200);
    }

    private static ValidatableResponse refusedAtCompletedOn(ValidatableResponse response) {
        return response.statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors.path", contains("/completedOn"));
    }

    /**
     * TESTAG's report on {@code period} with 1.1 COMPLETED on {@code completedOn}, submitted; returns its id.
     */
    private static long testagCompletes(String plan, String period, String completedOn) {
        long id = createReport(REPORTER_TESTAG, plan, period, "TESTAG");
        edit(REPORTER_TESTAG, id, "1.1", completed("The authority was designated", completedOn));
        submit(REPORTER_TESTAG, id).statusCode(200);
        return id;
    }

    @Test
    void workCompletedAfterTheDeadlineSlipsByTheDaysSinceItsDueDay() {
        clock.set(Instant.parse("2026-01-03T04:00:00Z"));
        String plan = newPlan();
        testagCompletes(plan, "2025-H2", "2025-08-14");

        measure(plan, "1.1")
                .body("deadline.dueOn", equalTo("2025-06-30"))
                .body("completed", equalTo(true))
                .body("overdue", equalTo(false))
                .body("completion.period", equalTo("2025-H2"))
                .body("completion.completedOn", equalTo("2025-08-14"))
                .body("completion.slipDays", equalTo(45));
    }

    @Test
    void workCompletedBeforeTheDeadlineHasANegativeSlip() {
        clock.set(Instant.parse("2025-07-02T04:00:00Z"));
        String plan = newPlan();
        testagCompletes(plan, "2025-H1", "2025-06-10");

        measure(plan, "1.1")
                .body("completion.period", equalTo("2025-H1"))
                .body("completion.completedOn", equalTo("2025-06-10"))
                .body("completion.slipDays", equalTo(-20));
    }

    @Test
    void workCompletedOnTheDueDayHasNoSlip() {
        clock.set(Instant.parse("2025-07-02T04:00:00Z"));
        String plan = newPlan();
        testagCompletes(plan, "2025-H1", "2025-06-30");

        measure(plan, "1.1").body("completion.completedOn", equalTo("2025-06-30")).body("completion.slipDays", equalTo(0));
    }

    @Test
    void theEntryAndTheMeasuresListShowTheDay() {
        clock.set(Instant.parse("2025-07-02T04:00:00Z"));
        String plan = newPlan();
        long id = testagCompletes(plan, "2025-H1", "2025-06-10");

        getEntry(REPORTER_TESTAG, id, "1.1").statusCode(200).body("completedOn", equalTo("2025-06-10"));
        given().queryParam("task", "1")
                .when().get("/api/v1/plans/" + plan + "/measures")
                .then().statusCode(200)
                .body("code", contains("1.1", "1.2"))
                .body("[0].completion.slipDays", equalTo(-20))
                .body("[1]", not(hasKey("completion")));
    }

    @Test
    void aMeasureNotReportedCompletedHasNoCompletion() {
        String plan = newPlan();

        measure(plan, "1.1").body("completed", equalTo(false)).body("", not(hasKey("completion")));
    }

    @Test
    void onlyReportsOnHalfYearsEndedByAsOfCount() {
        clock.set(Instant.parse("2026-01-03T04:00:00Z"));
        String plan = newPlan();
        testagCompletes(plan, "2025-H2", "2025-08-14");

        measure(plan, "1.1", "2025-12-30").body("completed", equalTo(false)).body("", not(hasKey("completion")));
        measure(plan, "1.1", "2025-12-31").body("completion.period", equalTo("2025-H2"));
    }

    @Test
    void theDayIsRequiredWithCompletedUntilTheHalfYearsReportsAreNoLongerDue() {
        String plan = newPlan();
        long id = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");

        clock.set(Instant.parse("2025-07-05T17:59:59Z"));
        refusedAtCompletedOn(putEntry(REPORTER_TESTAG, id, "1.1", etag(REPORTER_TESTAG, id, "1.1"),
                completed("Done")))
                .body("errors[0].message", equalTo("required with COMPLETED while reports on 2025-H1 are due "
                        + "(until the end of 2025-07-05); give the day the work was completed"));
        entryIs(REPORTER_TESTAG, id, "1.1", "NOT_STARTED", 0);

        clock.set(Instant.parse("2025-07-05T18:00:00Z"));
        edit(REPORTER_TESTAG, id, "1.1", completed("Done")).body("", not(hasKey("completedOn")));
    }

    @Test
    void aHalfYearBackFilledWithoutTheDayShowsOnlyTheHalfYear() {
        String plan = newPlan();
        long id = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        edit(REPORTER_TESTAG, id, "1.1", completed("Done, day not recorded"));
        submit(REPORTER_TESTAG, id).statusCode(200);

        measure(plan, "1.1")
                .body("completed", equalTo(true))
                .body("completion.period", equalTo("2025-H1"))
                .body("completion", not(hasKey("completedOn")))
                .body("completion", not(hasKey("slipDays")));
    }

    @Test
    void onlyACompletedMeasureHasACompletionDay() {
        String plan = newPlan();
        long id = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        Map<String, Object> body = inProgress(80, "Almost done");
        body.put("completedOn", "2025-06-10");

        refusedAtCompletedOn(putEntry(REPORTER_TESTAG, id, "1.1", etag(REPORTER_TESTAG, id, "1.1"), body))
                .body("errors[0].message", equalTo("only with status COMPLETED, not IN_PROGRESS"));
        entryIs(REPORTER_TESTAG, id, "1.1", "NOT_STARTED", 0);
    }

    @Test
    void theDayMayNotBeAfterTodayInBishkek() {
        // 00:30 on 11 May in Bishkek (UTC+6), still 10 May in UTC
        clock.set(Instant.parse("2025-05-10T18:30:00Z"));
        String plan = newPlan();
        long id = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");

        refusedAtCompletedOn(putEntry(REPORTER_TESTAG, id, "1.1", etag(REPORTER_TESTAG, id, "1.1"),
                completed("Done tomorrow", "2025-05-12")))
                .body("errors[0].message", equalTo("must not be after today, 2025-05-11 in Asia/Bishkek"));
        entryIs(REPORTER_TESTAG, id, "1.1", "NOT_STARTED", 0);

        edit(REPORTER_TESTAG, id, "1.1", completed("Done today", "2025-05-11"))
                .body("completedOn", equalTo("2025-05-11"));
    }

    @Test
    void theDayMayNotBeAfterTheLastDayOfTheReportsHalfYear() {
        String plan = newPlan();
        long id = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");

        refusedAtCompletedOn(putEntry(REPORTER_TESTAG, id, "1.1", etag(REPORTER_TESTAG, id, "1.1"),
                completed("Done in July", "2025-07-01")))
                .body("errors[0].message", equalTo("must not be after 2025-06-30, the last day of 2025-H1: the "
                        + "entry reports the state at the end of its half-year"));
        entryIs(REPORTER_TESTAG, id, "1.1", "NOT_STARTED", 0);
    }

    @Test
    void theDayIsADateWrittenAsText() {
        String plan = newPlan();
        long id = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        Map<String, Object> body = completed("Done");
        body.put("completedOn", 20250610);

        refusedAtCompletedOn(putEntry(REPORTER_TESTAG, id, "1.1", etag(REPORTER_TESTAG, id, "1.1"), body));
        body.put("completedOn", "10.06.2025");
        refusedAtCompletedOn(putEntry(REPORTER_TESTAG, id, "1.1", etag(REPORTER_TESTAG, id, "1.1"), body));
        entryIs(REPORTER_TESTAG, id, "1.1", "NOT_STARTED", 0);
    }

    @Test
    void eachRevisionKeepsTheDayItWasSubmittedWith() {
        clock.set(Instant.parse("2025-07-02T04:00:00Z"));
        String plan = newPlan();
        long id = testagCompletes(plan, "2025-H1", "2025-06-10");
        returnReport(TestAccounts.COORDINATOR, id, "The order was signed on the 12th.").statusCode(200);
        edit(REPORTER_TESTAG, id, "1.1", completed("The authority was designated", "2025-06-12"));
        submit(REPORTER_TESTAG, id).statusCode(200).body("revision", equalTo(2));

        revisions(REPORTER_TESTAG, id).statusCode(200)
                .body("[0].entries.find { it.measure == '1.1' }.completedOn", equalTo("2025-06-10"))
                .body("[1].entries.find { it.measure == '1.1' }.completedOn", equalTo("2025-06-12"));
        getEntry(REPORTER_TESTAG, id, "1.1").statusCode(200).body("completedOn", equalTo("2025-06-12"));
        measure(plan, "1.1").body("completion.completedOn", equalTo("2025-06-12")).body("completion.slipDays", equalTo(-18));
    }

    @Test
    void theAgencyCarryingTheLeadsDutiesReportsTheCompletion() {
        Succession world = new Succession();
        clock.set(Instant.parse("2026-01-03T04:00:00Z"));
        world.completes(world.successor, "2025-H2", "2025-10-01");

        measure(world.plan, "1.1")
                .body("completion.period", equalTo("2025-H2"))
                .body("completion.completedOn", equalTo("2025-10-01"))
                .body("completion.slipDays", equalTo(93));
    }

    @Test
    void theEarliestReportOfCompletionCounts() {
        Succession world = new Succession();
        clock.set(Instant.parse("2026-01-03T04:00:00Z"));
        world.completes(world.successor, "2025-H2", "2025-10-01");
        // The predecessor's report on the earlier half-year arrives late, after the successor's.
        clock.set(Instant.parse("2026-01-04T04:00:00Z"));
        world.completes(world.predecessor, "2025-H1", "2025-06-20");

        measure(world.plan, "1.1")
                .body("completion.period", equalTo("2025-H1"))
                .body("completion.completedOn", equalTo("2025-06-20"))
                .body("completion.slipDays", equalTo(-10));
    }

    /**
     * A fresh plan whose measure 1.1 is led by an agency of this test that passes its duties to another of this
     * test's agencies on 2025-09-01, each with a reporter.
     */
    private static final class Succession {

        final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        final String predecessor = "PVA" + suffix + "_OLD";
        final String successor = "PVA" + suffix + "_NEW";
        final String plan;

        Succession() {
            plan = newPlan(document -> {
                ArrayNode agencies = (ArrayNode) document.get("agencies");
                ObjectNode old = agency(agencies, predecessor);
                old.putObject("successor").put("agency", successor).put("from", "2025-09-01");
                agency(agencies, successor);
                ObjectNode lead = (ObjectNode) document.get("plan").get("tasks").get(0).get("measures").get(0)
                        .get("executors").get(0);
                lead.put("agency", predecessor);
            });
            reporter(predecessor);
            reporter(successor);
        }

        void completes(String agency, String period, String completedOn) {
            String reporter = username(agency);
            long id = createReport(reporter, plan, period, agency);
            edit(reporter, id, "1.1", completed("Done", completedOn));
            submit(reporter, id).statusCode(200);
        }

        private static ObjectNode agency(ArrayNode agencies, String code) {
            ObjectNode agency = agencies.addObject().put("code", code);
            agency.putObject("name").put("ky", code).put("ru", code).put("en", code);
            agency.putObject("abbreviation").put("ky", code).put("ru", code).put("en", code);
            return agency;
        }

        private static void reporter(String agency) {
            as(TestAccounts.ADMIN)
                    .contentType(ContentType.JSON)
                    .body(Map.of("username", username(agency), "password", TestAccounts.PASSWORD, "role", "REPORTER",
                            "agency", agency, "language", "en"))
                    .when().post("/api/v1/users")
                    .then().statusCode(201);
        }

        private static String username(String agency) {
            return "reporter-" + agency.toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
