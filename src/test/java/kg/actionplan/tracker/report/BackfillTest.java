package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTS;
import static kg.actionplan.tracker.report.ReportFixtures.backfill;
import static kg.actionplan.tracker.report.ReportFixtures.backfilled;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.entryIs;
import static kg.actionplan.tracker.report.ReportFixtures.etag;
import static kg.actionplan.tracker.report.ReportFixtures.getReport;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.putEntry;
import static kg.actionplan.tracker.report.ReportFixtures.returnReport;
import static kg.actionplan.tracker.report.ReportFixtures.revisions;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * Back-filled reports: for a half-year whose deadline has passed, the committee records a report that an agency
 * handed in on paper, with the day it was received and the covering letter. The committee fills and submits it; it
 * counts as submitted on the day it was received, for its lateness, the grid and the consolidated on-time rate.
 *
 * <p>The plan is the minimal one (agency reports due on the 5th of the following month, Asia/Bishkek, UTC+6): TESTAG
 * reports on 1.1, UKMK on 1.1 and 2.1. The clock stands at 2026-11-23 12:00 in Bishkek unless a test moves it.
 */
@QuarkusTest
class BackfillTest {

    static final String COORDINATOR = TestAccounts.COORDINATOR;
    static final String RECORDED_AT = "2026-11-23T06:00:00Z";

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse grid(String plan, String period) {
        return as(COORDINATOR).when().get("/api/v1/plans/" + plan + "/periods/" + period + "/submissions")
                .then().statusCode(200);
    }

    private static ValidatableResponse consolidated(String plan, String period) {
        String url = "/api/v1/plans/" + plan + "/periods/" + period + "/consolidated-report";
        as(COORDINATOR).when().post(url).then().statusCode(201);
        return as(COORDINATOR).queryParam("format", "json").when().get(url).then().statusCode(200);
    }

    private static void refused(ValidatableResponse response, String path, String message) {
        response.statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:invalid-input"))
                .body("errors.path", contains(path))
                .body("errors[0].message", containsString(message));
    }

    private static void noReportOf(String plan) {
        as(COORDINATOR).queryParam("plan", plan).when().get(REPORTS).then().statusCode(200).body("", empty());
    }

    @Test
    void aReportReceivedByTheDeadlineIsOnTimeInTheReportTheGridAndTheConsolidatedOnTimeRate() {
        String plan = newPlan();

        long id = backfill(COORDINATOR, plan, "2024-H1", "TESTAG", "2024-07-05", "12-3/456", "2024-07-03")
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("backfill.receivedOn", equalTo("2024-07-05"))
                .body("backfill.letter.number", equalTo("12-3/456"))
                .body("backfill.letter.date", equalTo("2024-07-03"))
                .body("backfill.recordedBy", equalTo(COORDINATOR))
                .body("backfill.recordedAt", equalTo(RECORDED_AT))
                .body("entries.measure", contains("1.1"))
                .extract().jsonPath().getLong("id");
        edit(COORDINATOR, id, "1.1", inProgress(40, "Draft law prepared"));
        submit(COORDINATOR, id).statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", equalTo(RECORDED_AT))
                .body("late", equalTo(false))
                .body("daysLate", equalTo(0));

        // UKMK, which never reported, is 871 days late on 2026-11-23; TESTAG's letter came on the due day.
        grid(plan, "2024-H1")
                .body("agency", contains("TESTAG", "UKMK"))
                .body("status", contains("SUBMITTED", "MISSING"))
                .body("late", contains(false, true))
                .body("daysLate", contains(0, 871))
                .body("[0].backfill.receivedOn", equalTo("2024-07-05"))
                .body("[0].backfill.letter.number", equalTo("12-3/456"))
                .body("[1]", not(hasKey("backfill")));
        consolidated(plan, "2024-H1")
                .body("submissions.agency", contains("TESTAG", "UKMK"))
                .body("submissions.late", contains(false, true))
                .body("submissions[0].backfill.receivedOn", equalTo("2024-07-05"))
                .body("submissions[0].backfill.letter.number", equalTo("12-3/456"))
                .body("submissions[0].backfill.letter.date", equalTo("2024-07-03"))
                .body("submissions[0].backfill.recordedBy", equalTo(COORDINATOR))
                .body("submissions[0].backfill.recordedAt", equalTo(RECORDED_AT))
                .body("submissions[1]", not(hasKey("backfill")))
                .body("tasks[0].measures[0].executors.agency", contains("TESTAG", "UKMK"))
                .body("tasks[0].measures[0].executors[0].entry.receivedOn", equalTo("2024-07-05"))
                .body("figures.expectedAgencies", equalTo(2))
                .body("figures.submittedOnTime", equalTo(1))
                .body("figures.onTimeRate", equalTo(50.0f));
    }

    @Test
    void aReportReceivedAfterTheDeadlineIsLateByTheDaysFromTheDueDayToItsReceipt() {
        String plan = newPlan();
        long id = backfilled(plan, "2024-H2", "UKMK", "2025-01-20", "2025-01-14");

        edit(COORDINATOR, id, "2.1", inProgress(30, "Systems inventoried"));
        submit(COORDINATOR, id).statusCode(200)
                .body("agencyReportDue", equalTo("2025-01-05"))
                .body("late", equalTo(true))
                .body("daysLate", equalTo(15));

        revisions(COORDINATOR, id).statusCode(200)
                .body("late", contains(true))
                .body("daysLate", contains(15));
        grid(plan, "2024-H2")
                .body("agency", contains("TESTAG", "UKMK"))
                .body("[1].late", equalTo(true))
                .body("[1].daysLate", equalTo(15))
                .body("[1].backfill.receivedOn", equalTo("2025-01-20"));
        consolidated(plan, "2024-H2")
                .body("figures.submittedOnTime", equalTo(0))
                .body("figures.onTimeRate", equalTo(0.0f));
    }

    @Test
    void theReportAndEveryRevisionShowWhoBackFilledItAndWhenAndCountFromTheReceiptNotTheResubmission() {
        String plan = newPlan();
        long id = backfilled(plan, "2024-H1", "TESTAG", "2024-07-04", "2024-07-01");
        clock.set(Instant.parse("2026-11-24T04:00:00Z"));
        submit(COORDINATOR, id).statusCode(200);
        clock.set(Instant.parse("2026-11-25T04:00:00Z"));
        returnReport(COORDINATOR, id, "1.1 was misread: the letter says 60 %.").statusCode(200);
        edit(COORDINATOR, id, "1.1", inProgress(60, "Draft law with the ministries"));
        submit(COORDINATOR, id).statusCode(200)
                .body("revision", equalTo(2))
                .body("late", equalTo(false));

        revisions(COORDINATOR, id).statusCode(200)
                .body("number", contains(1, 2))
                .body("submittedBy", contains(COORDINATOR, COORDINATOR))
                .body("submittedAt", contains("2026-11-24T04:00:00Z", "2026-11-25T04:00:00Z"))
                .body("late", contains(false, false))
                .body("backfill.receivedOn", contains("2024-07-04", "2024-07-04"))
                .body("backfill.letter.number", contains("12-3/456", "12-3/456"))
                .body("backfill.recordedBy", contains(COORDINATOR, COORDINATOR))
                .body("backfill.recordedAt", contains(RECORDED_AT, RECORDED_AT))
                .body("[1].entries[0].progressPercent", equalTo(60));
        // The agency reads what the committee recorded for it.
        getReport(REPORTER_TESTAG, id).statusCode(200)
                .body("backfill.receivedOn", equalTo("2024-07-04"))
                .body("backfill.letter.date", equalTo("2024-07-01"))
                .body("backfill.recordedBy", equalTo(COORDINATOR));
    }

    @Test
    void returningABackFilledReportTellsTheAgencyNothing() {
        String plan = newPlan();
        long id = backfilled(plan, "2024-H1", "TESTAG", "2024-07-04", "2024-07-01");
        submit(COORDINATOR, id).statusCode(200);

        returnReport(COORDINATOR, id, "Transcribed the wrong page.").statusCode(200).body("status", equalTo("RETURNED"));

        as(TestAccounts.ADMIN).queryParam("rule", "REPORT_RETURNED").queryParam("agency", "TESTAG")
                .queryParam("limit", 1000)
                .when().get("/api/v1/alerts")
                .then().statusCode(200)
                .body("findAll { it.plan == '" + plan + "' }", empty());
    }

    @Test
    void theAuditLogRecordsTheBackFillWithTheAgencyPeriodAndLetterInsteadOfAnOpening() {
        String plan = newPlan();
        long id = backfilled(plan, "2024-H1", "TESTAG", "2024-07-05", "2024-07-03");
        submit(COORDINATOR, id).statusCode(200);

        as(COORDINATOR).queryParam("subjectType", "REPORT").queryParam("subjectId", String.valueOf(id))
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("action", contains("REPORT_SUBMITTED", "REPORT_BACKFILLED"))
                .body("actor", contains(COORDINATOR, COORDINATOR))
                .body("[0].summary", equalTo("DRAFT → SUBMITTED as revision 1, on time, received on 2024-07-05 "
                        + "with letter No. 12-3/456 of 2024-07-03"))
                .body("[1].summary", equalTo("TESTAG on 2024-H1 of " + plan + ", 1 entries, received on 2024-07-05 "
                        + "with letter No. 12-3/456 of 2024-07-03"));
    }

    @Test
    void aHalfYearIsBackFilledOnlyOnceItsDeadlineHasPassedInBishkek() {
        String plan = newPlan();

        clock.set(Instant.parse("2027-01-05T17:59:59Z"));
        refused(backfill(COORDINATOR, plan, "2026-H2", "TESTAG", "2027-01-04", "1", "2027-01-04"), "/backfill",
                "reports on 2026-H2 are due by 2027-01-05");
        noReportOf(plan);

        clock.set(Instant.parse("2027-01-05T18:00:00Z"));
        backfill(COORDINATOR, plan, "2026-H2", "TESTAG", "2027-01-04", "1", "2027-01-04").statusCode(201);
    }

    @Test
    void aReceiptAfterTodayInBishkekIsRefused() {
        String plan = newPlan();
        // 01:00 on 24 November in Bishkek, still the 23rd in UTC.
        clock.set(Instant.parse("2026-11-23T19:00:00Z"));

        refused(backfill(COORDINATOR, plan, "2024-H1", "TESTAG", "2026-11-25", "1", "2026-11-20"),
                "/backfill/receivedOn", "must not be after today, 2026-11-24");
        noReportOf(plan);

        long id = backfilled(plan, "2024-H1", "TESTAG", "2026-11-24", "2026-11-20");
        submit(COORDINATOR, id).statusCode(200).body("late", equalTo(true)).body("daysLate", equalTo(872));
    }

    @Test
    void aReceiptOnOrBeforeTheHalfYearsLastDayIsRefused() {
        String plan = newPlan();

        refused(backfill(COORDINATOR, plan, "2024-H1", "TESTAG", "2024-06-30", "1", "2024-06-28"),
                "/backfill/receivedOn", "must be after the last day of 2024-H1, 2024-06-30");
        noReportOf(plan);

        backfill(COORDINATOR, plan, "2024-H1", "TESTAG", "2024-07-01", "1", "2024-06-28").statusCode(201);
    }

    @Test
    void aLetterDatedAfterItsReceiptIsRefused() {
        String plan = newPlan();

        refused(backfill(COORDINATOR, plan, "2024-H1", "TESTAG", "2024-07-05", "12-3/456", "2024-07-06"),
                "/backfill/letter/date", "must not be after receivedOn, 2024-07-05");
        noReportOf(plan);
    }

    @Test
    void aLetterWithoutANumberIsRefused() {
        String plan = newPlan();

        refused(backfill(COORDINATOR, plan, "2024-H1", "TESTAG", "2024-07-05", " ", "2024-07-03"),
                "/backfill/letter/number", "must not be blank");
        noReportOf(plan);
    }

    @Test
    void aReporterMayNotBackFillEvenItsOwnAgencysReport() {
        String plan = newPlan();

        backfill(REPORTER_TESTAG, plan, "2024-H1", "TESTAG", "2024-07-05", "12-3/456", "2024-07-03")
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:forbidden"))
                .body("detail", startsWith("Only the committee (COORDINATOR or ADMIN) records a report received on paper"));
        noReportOf(plan);
    }

    @Test
    void onlyTheCommitteeWritesAndSubmitsABackFilledReport() {
        String plan = newPlan();
        long id = backfilled(plan, "2024-H1", "TESTAG", "2024-07-05", "2024-07-03");

        putEntry(REPORTER_TESTAG, id, "1.1", etag(REPORTER_TESTAG, id, "1.1"), inProgress(10, "x"))
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("only the committee edits and submits it"));
        submit(REPORTER_TESTAG, id).statusCode(403).contentType(PROBLEM_JSON);

        entryIs(COORDINATOR, id, "1.1", "NOT_STARTED", 0);
        getReport(COORDINATOR, id).statusCode(200).body("status", equalTo("DRAFT")).body("revision", equalTo(0));
    }

    @Test
    void anAdministratorMayBackFillToo() {
        String plan = newPlan();

        long id = backfill(TestAccounts.ADMIN, plan, "2024-H1", "UKMK", "2024-07-08", "07/1-15", "2024-07-04")
                .statusCode(201)
                .body("backfill.recordedBy", equalTo(TestAccounts.ADMIN))
                .extract().jsonPath().getLong("id");
        edit(TestAccounts.ADMIN, id, "2.1", inProgress(20, "Procurement announced"));
        submit(TestAccounts.ADMIN, id).statusCode(200).body("late", equalTo(true)).body("daysLate", equalTo(3));
    }
}
