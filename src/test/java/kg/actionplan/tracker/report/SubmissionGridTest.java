package kg.actionplan.tracker.report;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.accept;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.returnReport;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * The committee's grid: for one half-year, one row per agency expected to report, with where its report stands.
 */
@QuarkusTest
class SubmissionGridTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;
    static final String SEEDED = "cybersecurity-2019-2023";

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse grid(String user, String plan, String period) {
        return as(user).when().get("/api/v1/plans/" + plan + "/periods/" + period + "/submissions").then();
    }

    private static ValidatableResponse grid(String plan, String period) {
        return grid(TestAccounts.COORDINATOR, plan, period).statusCode(200);
    }

    @Test
    void beforeAnyReportEveryExpectedAgencyIsMissing() {
        String plan = newPlan();

        grid(plan, "2024-H1")
                .body("agency", contains("TESTAG", "UKMK"))
                .body("status", contains("MISSING", "MISSING"))
                .body("reportId", contains(nullValue(), nullValue()))
                .body("submittedAt", contains(nullValue(), nullValue()));
    }

    @Test
    void aDraftShowsAsDraftWithItsReport() {
        String plan = newPlan();
        long id = createReport(UKMK, plan, "2024-H1", "UKMK");

        grid(plan, "2024-H1")
                .body("agency", contains("TESTAG", "UKMK"))
                .body("status", contains("MISSING", "DRAFT"))
                .body("[1].reportId", equalTo((int) id))
                .body("[1].submittedAt", nullValue())
                .body("[1].late", nullValue());
    }

    @Test
    void aSubmittedReportShowsWhenItCameAndHowLate() {
        String plan = newPlan();
        long id = createReport(UKMK, plan, "2024-H1", "UKMK");
        clock.set(Instant.parse("2024-07-07T00:00:00Z"));
        submit(UKMK, id).statusCode(200);

        grid(plan, "2024-H1")
                .body("[1].agency", equalTo("UKMK"))
                .body("[1].status", equalTo("SUBMITTED"))
                .body("[1].reportId", equalTo((int) id))
                .body("[1].submittedAt", equalTo("2024-07-07T00:00:00Z"))
                .body("[1].late", equalTo(true))
                .body("[1].daysLate", equalTo(2));
    }

    @Test
    void anOnTimeSubmissionIsNotLate() {
        String plan = newPlan();
        long id = createReport(UKMK, plan, "2024-H1", "UKMK");
        clock.set(Instant.parse("2024-07-02T00:00:00Z"));
        submit(UKMK, id).statusCode(200);

        clock.set(Instant.parse("2024-08-01T00:00:00Z"));
        grid(plan, "2024-H1")
                .body("[1].status", equalTo("SUBMITTED"))
                .body("[1].late", equalTo(false))
                .body("[1].daysLate", equalTo(0));
    }

    @Test
    void reviewedReportsShowTheirReview() {
        String plan = newPlan();
        long ukmk = createReport(UKMK, plan, "2024-H1", "UKMK");
        long testag = createReport(ReportFixtures.REPORTER_TESTAG, plan, "2024-H1", "TESTAG");
        submit(UKMK, ukmk).statusCode(200);
        submit(ReportFixtures.REPORTER_TESTAG, testag).statusCode(200);
        accept(TestAccounts.COORDINATOR, ukmk).statusCode(200);
        returnReport(TestAccounts.COORDINATOR, testag, "Incomplete").statusCode(200);

        grid(plan, "2024-H1")
                .body("agency", contains("TESTAG", "UKMK"))
                .body("status", contains("RETURNED", "ACCEPTED"));
    }

    @Test
    void aMissingReportIsLateByTheDaysSinceItsDueDayUntilNow() {
        String plan = newPlan();

        clock.set(Instant.parse("2024-07-10T00:00:00Z"));
        grid(plan, "2024-H1")
                .body("status", contains("MISSING", "MISSING"))
                .body("late", contains(true, true))
                .body("daysLate", contains(5, 5));
    }

    @Test
    void aMissingReportIsNotLateUntilItsDueDayHasEndedInThePlansTimeZone() {
        String plan = newPlan();

        clock.set(Instant.parse("2024-07-05T17:59:59Z"));
        grid(plan, "2024-H1")
                .body("late", contains(false, false))
                .body("daysLate", contains(0, 0));
        clock.set(Instant.parse("2024-07-05T18:00:00Z"));
        grid(plan, "2024-H1")
                .body("late", contains(true, true))
                .body("daysLate", contains(1, 1));
    }

    @Test
    void anOpenedReportStaysInTheGridWhenItsAgencyLaterReportsItsLastMeasureCompleted() {
        String plan = newPlan();
        long later = createReport(ReportFixtures.REPORTER_TESTAG, plan, "2025-H2", "TESTAG");
        long earlier = createReport(ReportFixtures.REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        ReportFixtures.edit(ReportFixtures.REPORTER_TESTAG, earlier, "1.1", ReportFixtures.completed("Done"));
        submit(ReportFixtures.REPORTER_TESTAG, earlier).statusCode(200);

        grid(plan, "2025-H2")
                .body("agency", contains("TESTAG", "UKMK"))
                .body("[0].status", equalTo("DRAFT"))
                .body("[0].reportId", equalTo((int) later));
    }

    @Test
    void observersAndAdministratorsSeeTheGridToo() {
        String plan = newPlan();

        grid(TestAccounts.OBSERVER, plan, "2024-H1").statusCode(200).body("agency", contains("TESTAG", "UKMK"));
        grid(TestAccounts.ADMIN, plan, "2024-H1").statusCode(200).body("agency", contains("TESTAG", "UKMK"));
    }

    @Test
    void reportersDoNotSeeOtherAgenciesStanding() {
        String plan = newPlan();

        grid(UKMK, plan, "2024-H1")
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:forbidden"));
    }

    @Test
    void theGridNeedsCredentials() {
        given().when().get("/api/v1/plans/" + SEEDED + "/periods/2021-H1/submissions")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void theGridOfAnUnknownPlanIsNotFound() {
        grid(TestAccounts.COORDINATOR, "rpt-no-such-plan", "2024-H1")
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void theGridOfAPeriodOutsideThePlanOrBadlyWrittenIsABadRequest() {
        String plan = newPlan();

        grid(TestAccounts.COORDINATOR, plan, "2030-H1")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].path", equalTo("period"));
        grid(TestAccounts.COORDINATOR, plan, "2024H1")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].path", equalTo("period"));
    }

    @Test
    void in2020H2TheCommitteeForInformationTechnologiesReportsAndNeitherItsSuccessorNorTheDataAgencyYetExist() {
        grid(SEEDED, "2020-H2")
                .body("agency", hasItem("MTBMK"))
                .body("agency", hasItem("MMTM"))
                .body("agency", hasItem("BIM"))
                .body("agency", hasItem("UKMK"))
                .body("agency", not(hasItem("MDD")))
                .body("agency", not(hasItem("MMSJSM")))
                .body("agency", not(hasItem("PDA")));
    }

    @Test
    void in2021H1TheMinistriesSetUpOn5May2021ReportInsteadOfTheirPredecessorsAndTheDataAgencyDoesNotYetExist() {
        grid(SEEDED, "2021-H1")
                .body("agency", hasItem("MDD"))
                .body("agency", hasItem("MMSJSM"))
                .body("agency", hasItem("BIM"))
                .body("agency", hasItem("UKMK"))
                .body("agency", not(hasItem("MTBMK")))
                .body("agency", not(hasItem("MMTM")))
                .body("agency", not(hasItem("PDA")));
    }

    @Test
    void in2022H1TheMinistryOfDigitalDevelopmentReportsInsteadOfItsPredecessor() {
        grid(SEEDED, "2022-H1")
                .body("agency", hasItem("MDD"))
                .body("agency", hasItem("PDA"))
                .body("agency", not(hasItem("MTBMK")));
    }

    @Test
    void in2021H2TheDataAgencyEstablishedInSeptemberReportsForTheWholeHalfYear() {
        grid(SEEDED, "2021-H2")
                .body("agency", hasItem("MDD"))
                .body("agency", hasItem("PDA"))
                .body("agency", not(hasItem("MTBMK")));
    }
}
