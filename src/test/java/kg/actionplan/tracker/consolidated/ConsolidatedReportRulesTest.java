package kg.actionplan.tracker.consolidated;

import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.built;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.completed;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.returnReport;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * The rules by which a consolidated report rolls the agencies' reports up, one at a time, on fresh minimal plans
 * (measure 1.1 due 2025-06-30 led by TESTAG with UKMK by agreement; 2.1 over 2024–2028 by UKMK).
 */
@QuarkusTest
class ConsolidatedReportRulesTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void submitAt(String user, long report, String instant) {
        clock.set(Instant.parse(instant));
        submit(user, report).statusCode(200);
    }

    @Test
    void whenTheLeadsReportIsReturnedTheMeasureFallsBackToItsEarlierStandingEntry() {
        String plan = newPlan();
        long earlier = createReport(REPORTER_TESTAG, plan, "2024-H2", "TESTAG");
        edit(REPORTER_TESTAG, earlier, "1.1", inProgress(40, "Draft law prepared"));
        submitAt(REPORTER_TESTAG, earlier, "2025-01-03T04:00:00Z");
        long later = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        edit(REPORTER_TESTAG, later, "1.1", inProgress(90, "Almost there"));
        submitAt(REPORTER_TESTAG, later, "2025-07-03T04:00:00Z");
        returnReport(TestAccounts.COORDINATOR, later, "Say what is left").statusCode(200);

        built(plan, "2025-H1")
                .body("tasks[0].measures[0].status", equalTo("IN_PROGRESS"))
                .body("tasks[0].measures[0].executors[0].entry.period", equalTo("2024-H2"))
                .body("tasks[0].measures[0].executors[0].entry.reportStatus", equalTo("SUBMITTED"))
                .body("tasks[0].measures[0].executors[0].entry.progressPercent", equalTo(40))
                .body("tasks[0].measures[0].executors[0].entry.narrative", equalTo("Draft law prepared"));
    }

    @Test
    void aDraftCountsForNothing() {
        String plan = newPlan();
        long draft = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        edit(REPORTER_TESTAG, draft, "1.1", completed("Done, but not submitted"));

        built(plan, "2025-H1")
                .body("submissions.agency", contains("TESTAG", "UKMK"))
                .body("submissions.status", contains("DRAFT", "MISSING"))
                .body("missingAgencies", contains("UKMK"))
                .body("tasks[0].measures[0].status", equalTo("NOT_REPORTED"))
                .body("tasks[0].measures[0].executors[0].entry", nullValue())
                .body("figures.submittedOnTime", equalTo(0));
    }

    @Test
    void theLeadsEntryDecidesTheStatusEvenWhenAnAgreeingExecutorReportedMore() {
        String plan = newPlan();
        long ukmk = createReport(UKMK, plan, "2025-H1", "UKMK");
        edit(UKMK, ukmk, "1.1", completed("Our part is done"));
        submitAt(UKMK, ukmk, "2025-07-01T04:00:00Z");

        built(plan, "2025-H1")
                .body("tasks[0].measures[0].status", equalTo("NOT_REPORTED"))
                .body("tasks[0].measures[0].executors[0].entry", nullValue())
                .body("tasks[0].measures[0].executors[1].entry.status", equalTo("COMPLETED"));
    }

    @Test
    void aMeasureDueOnTheHalfYearsLastDayIsNotYetOverdueButIsInTheNextHalfYear() {
        String plan = newPlan();
        long first = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        edit(REPORTER_TESTAG, first, "1.1", inProgress(80, "Nearly done"));
        submitAt(REPORTER_TESTAG, first, "2025-07-01T04:00:00Z");

        built(plan, "2025-H1")
                .body("tasks[0].measures[0].dueOn", equalTo("2025-06-30"))
                .body("tasks[0].measures[0].status", equalTo("IN_PROGRESS"))
                .body("tasks[0].measures[0].overdue", equalTo(false))
                .body("figures.overdue", equalTo(0));
        built(plan, "2025-H2")
                .body("header.asOf", equalTo("2025-12-31"))
                .body("tasks[0].measures[0].status", equalTo("IN_PROGRESS"))
                .body("tasks[0].measures[0].executors[0].entry.period", equalTo("2025-H1"))
                .body("tasks[0].measures[0].overdue", equalTo(true))
                .body("figures.overdue", equalTo(1));
    }

    @Test
    void aMeasureCompletedInAnEarlierHalfYearStaysCompletedAndIsNeverOverdue() {
        String plan = newPlan();
        long report = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        edit(REPORTER_TESTAG, report, "1.1", completed("Law adopted"));
        submitAt(REPORTER_TESTAG, report, "2025-07-01T04:00:00Z");

        built(plan, "2026-H1")
                .body("tasks[0].measures[0].status", equalTo("COMPLETED"))
                .body("tasks[0].measures[0].overdue", equalTo(false))
                .body("tasks[0].measures[0].executors[0].entry.period", equalTo("2025-H1"))
                // back-filled without the day: the half-year of the completion, no day and no slip
                .body("tasks[0].measures[0].completion.period", equalTo("2025-H1"))
                .body("tasks[0].measures[0].completion", not(hasKey("completedOn")))
                .body("tasks[0].measures[0].completion", not(hasKey("slipDays")))
                // TESTAG has nothing left to report: only UKMK is expected
                .body("submissions.agency", contains("UKMK"))
                .body("figures.expectedAgencies", equalTo(1))
                .body("figures.byStatus.COMPLETED", equalTo(1))
                .body("figures.shareCompleted", equalTo(50.0f));
    }

    @Test
    void theFirstHalfYearOfThePlanHasNoPreviousFiguresAndNoChange() {
        String plan = newPlan();

        built(plan, "2024-H1")
                .body("figures.period", equalTo("2024-H1"))
                .body("previousFigures", nullValue())
                .body("change", nullValue());
        built(plan, "2024-H2")
                .body("previousFigures.period", equalTo("2024-H1"))
                .body("change", notNullValue());
    }

    @Test
    void withNoReportsAtAllEveryMeasureIsNotReportedAndNoAgencyWasOnTime() {
        String plan = newPlan();

        built(plan, "2024-H1")
                .body("tasks[0].measures.status", contains("NOT_REPORTED"))
                .body("tasks[1].measures.status", contains("NOT_REPORTED"))
                .body("figures.measuresInForce", equalTo(2))
                .body("figures.byStatus.NOT_REPORTED", equalTo(2))
                .body("figures.shareCompleted", equalTo(0.0f))
                .body("figures.expectedAgencies", equalTo(2))
                .body("figures.submittedOnTime", equalTo(0))
                .body("figures.onTimeRate", equalTo(0.0f))
                .body("missingAgencies", contains("TESTAG", "UKMK"));
    }

    @Test
    void aMissingAgencysLatenessIsCountedUpToTheDayTheReportIsBuilt() {
        String plan = newPlan();

        clock.set(Instant.parse("2025-07-05T12:00:00Z"));
        built(plan, "2025-H1")
                .body("submissions.status", contains("MISSING", "MISSING"))
                .body("submissions.late", contains(false, false))
                .body("submissions.daysLate", contains(0, 0));
        clock.set(Instant.parse("2025-07-20T06:00:00Z"));
        built(plan, "2025-H1")
                .body("submissions.late", contains(true, true))
                .body("submissions.daysLate", contains(15, 15));
    }
}
