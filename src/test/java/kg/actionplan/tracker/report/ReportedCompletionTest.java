package kg.actionplan.tracker.report;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.accept;
import static kg.actionplan.tracker.report.ReportFixtures.completed;
import static kg.actionplan.tracker.report.ReportFixtures.create;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.returnReport;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * A measure is complete once its lead executor reports it COMPLETED in a submitted or accepted report; the report
 * speaks for the last day of its half-year. Measure 1.1 of a fresh plan: lead TESTAG, UKMK by agreement, due
 * 2025-06-30.
 */
@QuarkusTest
class ReportedCompletionTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;

    @Inject
    MutableClock clock;

    @BeforeEach
    void afterTheHalfYear() {
        clock.set(Instant.parse("2026-01-10T00:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse measure(String plan, String code, String asOf) {
        return given().queryParam("asOf", asOf)
                .when().get("/api/v1/plans/" + plan + "/measures/" + code)
                .then().statusCode(200);
    }

    private static ValidatableResponse overdue(String plan, boolean overdue, String asOf) {
        return given().queryParam("overdue", overdue).queryParam("asOf", asOf)
                .when().get("/api/v1/plans/" + plan + "/measures")
                .then().statusCode(200);
    }

    /**
     * TESTAG's report on 2025-H1 with 1.1 COMPLETED at 100 %, not yet submitted.
     */
    private static long testagReportsCompletion(String plan) {
        long id = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        edit(REPORTER_TESTAG, id, "1.1", completed("The authority was designated"));
        return id;
    }

    @Test
    void withoutReportsMeasure1_1IsOverdueFromTheDayAfterItsDeadline() {
        String plan = newPlan();

        measure(plan, "1.1", "2025-06-30").body("completed", equalTo(false)).body("overdue", equalTo(false));
        measure(plan, "1.1", "2025-07-01").body("completed", equalTo(false)).body("overdue", equalTo(true));
    }

    @Test
    void theLeadsSubmittedCompletionCompletesTheMeasure() {
        String plan = newPlan();
        submit(REPORTER_TESTAG, testagReportsCompletion(plan)).statusCode(200);

        measure(plan, "1.1", "2025-07-01").body("completed", equalTo(true)).body("overdue", equalTo(false))
                .body("completion.period", equalTo("2025-H1"));
        measure(plan, "1.1", "2026-01-10").body("completed", equalTo(true)).body("overdue", equalTo(false))
                .body("completion.period", equalTo("2025-H1"));
    }

    @Test
    void aHalfYearsReportSpeaksForItsLastDayHoweverLateItCame() {
        String plan = newPlan();
        submit(REPORTER_TESTAG, testagReportsCompletion(plan)).statusCode(200).body("late", equalTo(true));

        measure(plan, "1.1", "2025-06-29").body("completed", equalTo(false));
        measure(plan, "1.1", "2025-06-30").body("completed", equalTo(true)).body("overdue", equalTo(false));
    }

    @Test
    void withoutAsOfCompletionIsJudgedOnTodayInThePlansTimeZone() {
        String plan = newPlan();
        submit(REPORTER_TESTAG, testagReportsCompletion(plan)).statusCode(200);

        given().when().get("/api/v1/plans/" + plan + "/measures/1.1")
                .then().statusCode(200)
                .body("completed", equalTo(true))
                .body("overdue", equalTo(false));
    }

    @Test
    void anAcceptedCompletionStillCounts() {
        String plan = newPlan();
        long id = testagReportsCompletion(plan);
        submit(REPORTER_TESTAG, id).statusCode(200);
        accept(TestAccounts.COORDINATOR, id).statusCode(200);

        measure(plan, "1.1", "2025-07-01").body("completed", equalTo(true)).body("overdue", equalTo(false));
    }

    @Test
    void aDraftDoesNotCount() {
        String plan = newPlan();
        testagReportsCompletion(plan);

        measure(plan, "1.1", "2025-07-01").body("completed", equalTo(false)).body("overdue", equalTo(true));
    }

    @Test
    void aCoExecutorsCompletionDoesNotCompleteTheMeasure() {
        String plan = newPlan();
        long id = createReport(UKMK, plan, "2025-H1", "UKMK");
        edit(UKMK, id, "1.1", completed("Our part is done"));
        submit(UKMK, id).statusCode(200);

        measure(plan, "1.1", "2025-07-01").body("completed", equalTo(false)).body("overdue", equalTo(true))
                .body("", not(hasKey("completion")));
    }

    @Test
    void aReturnedReportDoesNotCount() {
        String plan = newPlan();
        long id = testagReportsCompletion(plan);
        submit(REPORTER_TESTAG, id).statusCode(200);
        returnReport(TestAccounts.COORDINATOR, id, "Attach the designation order.").statusCode(200);

        measure(plan, "1.1", "2025-07-01").body("completed", equalTo(false)).body("overdue", equalTo(true))
                .body("", not(hasKey("completion")));
    }

    @Test
    void aResubmissionThatWithdrawsTheCompletionUndoesIt() {
        String plan = newPlan();
        long id = testagReportsCompletion(plan);
        submit(REPORTER_TESTAG, id).statusCode(200);
        returnReport(TestAccounts.COORDINATOR, id, "The designation order is not yet signed.").statusCode(200);
        edit(REPORTER_TESTAG, id, "1.1", ReportFixtures.inProgress(90, "Order awaits signature"));
        submit(REPORTER_TESTAG, id).statusCode(200).body("revision", equalTo(2));

        measure(plan, "1.1", "2025-07-01").body("completed", equalTo(false)).body("overdue", equalTo(true));
    }

    @Test
    void theOverdueFilterAgreesWithReportedCompletion() {
        String plan = newPlan();
        overdue(plan, true, "2025-07-01").body("code", contains("1.1"));

        submit(REPORTER_TESTAG, testagReportsCompletion(plan)).statusCode(200);

        overdue(plan, true, "2025-07-01").body("code", empty());
        overdue(plan, false, "2025-07-01")
                .body("code", contains("1.1", "1.2", "2.1"))
                .body("[0].completed", equalTo(true));
    }

    @Test
    void aMeasureReportedCompletedLeavesTheLeadsLaterReports() {
        String plan = newPlan();
        submit(REPORTER_TESTAG, testagReportsCompletion(plan)).statusCode(200);

        create(REPORTER_TESTAG, plan, "2025-H2", "TESTAG")
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].path", equalTo("/agency"));
        given().auth().preemptive().basic(TestAccounts.COORDINATOR, TestAccounts.PASSWORD)
                .when().get("/api/v1/plans/" + plan + "/periods/2025-H2/submissions")
                .then().statusCode(200)
                .body("agency", contains("UKMK"));
    }

    @Test
    void theCoExecutorStillReportsOnAMeasureTheLeadCompleted() {
        String plan = newPlan();
        submit(REPORTER_TESTAG, testagReportsCompletion(plan)).statusCode(200);

        create(UKMK, plan, "2025-H2", "UKMK")
                .statusCode(201)
                .body("entries.measure", hasItem("1.1"));
    }
}
