package kg.actionplan.tracker.consolidated;

import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.CONSB;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.CONSC;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.REPORTER_CONSB;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.accept;
import static kg.actionplan.tracker.report.ReportFixtures.completed;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.entry;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.returnReport;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * What a consolidated report on a half-year says, on one plan with a real mix of agency reports. The plan is the
 * mixed plan of {@link ConsolidatedFixtures}; on it, once for the whole class:
 *
 * <p>2024-H2 (due 2025-01-05 in Asia/Bishkek, UTC+6):
 * <ul>
 * <li>TESTAG submits on time (2025-01-03): 1.1 IN_PROGRESS 40 %;</li>
 * <li>UKMK submits 3 days late (2025-01-08, 10:00 in Bishkek): 1.1 IN_PROGRESS 20 %, 2.1 IN_PROGRESS 30 %, 3.3
 * NOT_STARTED;</li>
 * <li>CONSB and CONSC do not report.</li>
 * </ul>
 * 2025-H1 (due 2025-07-05):
 * <ul>
 * <li>TESTAG submits on time (2025-07-03) 1.1 COMPLETED on 2025-06-24, and the coordinator accepts it;</li>
 * <li>UKMK submits 3 days late (2025-07-08, 12:00 in Bishkek): 1.1 IN_PROGRESS 70 %, 2.1 IN_PROGRESS 60 %, 3.3 BLOCKED
 * 10 %;</li>
 * <li>CONSB submits on time (2025-07-04): 3.1 IN_PROGRESS 50 %, and the coordinator returns it;</li>
 * <li>CONSC never reports.</li>
 * </ul>
 * The coordinator builds the 2025-H1 report on 2025-07-20 (06:00 UTC, 12:00 in Bishkek: 15 days after the due day).
 */
@QuarkusTest
class ConsolidatedReportContentTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;
    static final String COORDINATOR = TestAccounts.COORDINATOR;

    private static String plan;

    @Inject
    MutableClock clock;

    @BeforeEach
    void scenario() {
        if (plan != null) {
            return;
        }
        String code = ConsolidatedFixtures.newMixedPlan();

        long testag2 = createReport(REPORTER_TESTAG, code, "2024-H2", "TESTAG");
        edit(REPORTER_TESTAG, testag2, "1.1", inProgress(40, "Draft law prepared"));
        clock.set(Instant.parse("2025-01-03T04:00:00Z"));
        submit(REPORTER_TESTAG, testag2).statusCode(200);

        long ukmk2 = createReport(UKMK, code, "2024-H2", "UKMK");
        edit(UKMK, ukmk2, "1.1", inProgress(20, "Comments on the draft sent"));
        edit(UKMK, ukmk2, "2.1", inProgress(30, "Audit of the systems begun"));
        clock.set(Instant.parse("2025-01-08T04:00:00Z"));
        submit(UKMK, ukmk2).statusCode(200);

        long testag = createReport(REPORTER_TESTAG, code, "2025-H1", "TESTAG");
        clock.set(Instant.parse("2025-07-03T04:00:00Z"));
        edit(REPORTER_TESTAG, testag, "1.1", completed("Law adopted", "2025-06-24"));
        submit(REPORTER_TESTAG, testag).statusCode(200);
        accept(COORDINATOR, testag).statusCode(200);

        long consb = createReport(REPORTER_CONSB, code, "2025-H1", CONSB);
        edit(REPORTER_CONSB, consb, "3.1", inProgress(50, "Tender announced"));
        clock.set(Instant.parse("2025-07-04T10:00:00Z"));
        submit(REPORTER_CONSB, consb).statusCode(200);
        returnReport(COORDINATOR, consb, "Attach the tender notice").statusCode(200);

        long ukmk = createReport(UKMK, code, "2025-H1", "UKMK");
        edit(UKMK, ukmk, "1.1", inProgress(70, "Draft agreed"));
        edit(UKMK, ukmk, "2.1", inProgress(60, "Half of the systems audited"));
        edit(UKMK, ukmk, "3.3", entry("BLOCKED", 10, "No funds allocated"));
        clock.set(Instant.parse("2025-07-08T06:00:00Z"));
        submit(UKMK, ukmk).statusCode(200);

        clock.set(Instant.parse("2025-07-20T06:00:00Z"));
        ConsolidatedFixtures.built(code, "2025-H1");
        plan = code;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse report() {
        return ConsolidatedFixtures.latest(COORDINATOR, plan, "2025-H1").statusCode(200);
    }

    private static Map<String, Integer> byStatus(int completed, int inProgress, int blocked, int notStarted,
            int notReported) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("COMPLETED", completed);
        counts.put("IN_PROGRESS", inProgress);
        counts.put("BLOCKED", blocked);
        counts.put("NOT_STARTED", notStarted);
        counts.put("NOT_REPORTED", notReported);
        return counts;
    }

    @Test
    void everyExpectedAgencyAppearsInCodeOrderWithWhereItsReportStood() {
        report()
                .body("submissions.agency", contains(CONSB, CONSC, "TESTAG", "UKMK"))
                .body("submissions.status", contains("RETURNED", "MISSING", "ACCEPTED", "SUBMITTED"))
                .body("submissions.submittedAt", contains("2025-07-04T10:00:00Z", null, "2025-07-03T04:00:00Z",
                        "2025-07-08T06:00:00Z"));
    }

    @Test
    void lateSubmissionsCountDaysPastTheDueDayInThePlansTimeZoneAndAReturnedReportKeepsItsOnTimeFirstSubmission() {
        report()
                .body("submissions.late", contains(false, true, false, true))
                .body("submissions.daysLate", contains(0, 15, 0, 3));
    }

    @Test
    void agenciesThatNeverOpenedAReportAreListedAsMissing() {
        report().body("missingAgencies", contains(CONSC));
    }

    @Test
    void measuresInForceAreGroupedByTaskInPlanOrderWithoutTheRepealedOne() {
        report()
                .body("tasks.code", contains("1", "2", "3"))
                .body("tasks[0].measures.code", contains("1.1"))
                .body("tasks[1].measures.code", contains("2.1"))
                .body("tasks[2].measures.code", contains("3.1", "3.2", "3.3"))
                .body("tasks[2].title", equalTo("Үчүнчү милдет"))
                .body("tasks[2].measures[0].dueOn", equalTo("2025-03-31"))
                .body("tasks[2].measures[0].deadline", equalTo("2025-жылдын 31-марты"));
    }

    @Test
    void eachMeasureTakesTheStatusOfItsLeadsStandingEntryAndNotReportedWithoutOne() {
        report()
                // 1.1: TESTAG (lead) completed it; UKMK's IN_PROGRESS as agreeing executor does not count
                .body("tasks[0].measures[0].status", equalTo("COMPLETED"))
                .body("tasks[1].measures[0].status", equalTo("IN_PROGRESS"))
                // 3.1: CONSB's only report was returned, so nothing of it stands
                .body("tasks[2].measures[0].status", equalTo("NOT_REPORTED"))
                // 3.2: CONSC never reported
                .body("tasks[2].measures[1].status", equalTo("NOT_REPORTED"))
                .body("tasks[2].measures[2].status", equalTo("BLOCKED"));
    }

    @Test
    void aMeasureShowsItsDeadlineWhenItsLeadReportedItCompletedAndTheSlip() {
        report()
                // 1.1, due 2025-06-30, completed on 2025-06-24 by TESTAG's report on 2025-H1: 6 days early
                .body("tasks[0].measures[0].dueOn", equalTo("2025-06-30"))
                .body("tasks[0].measures[0].completion.period", equalTo("2025-H1"))
                .body("tasks[0].measures[0].completion.completedOn", equalTo("2025-06-24"))
                .body("tasks[0].measures[0].completion.slipDays", equalTo(-6))
                .body("tasks[0].measures[0].executors[0].entry.completedOn", equalTo("2025-06-24"))
                // 2.1 is in progress
                .body("tasks[1].measures[0]", not(hasKey("completion")));
    }

    @Test
    void aMeasureIsOverdueWhenItsDeadlinePassedBeforeTheHalfYearsLastDayAndItIsNotCompleted() {
        report()
                // 1.1 is due on the last day itself (and completed); 2.1 and 3.2 are due in 2028
                .body("tasks[0].measures[0].overdue", equalTo(false))
                .body("tasks[1].measures[0].overdue", equalTo(false))
                .body("tasks[2].measures.overdue", contains(true, false, true));
    }

    @Test
    void executorsCarryTheirLatestStandingEntryAndAReturnedReportsEntriesDoNotCount() {
        report()
                .body("tasks[0].measures[0].executors.agency", contains("TESTAG", "UKMK"))
                .body("tasks[0].measures[0].executors.answeringAgency", contains("TESTAG", "UKMK"))
                .body("tasks[0].measures[0].executors.abbreviation", contains("СА", "УКМК"))
                .body("tasks[0].measures[0].executors.lead", contains(true, false))
                .body("tasks[0].measures[0].executors.byAgreement", contains(false, true))
                .body("tasks[0].measures[0].executors[0].entry.period", equalTo("2025-H1"))
                .body("tasks[0].measures[0].executors[0].entry.revision", equalTo(1))
                .body("tasks[0].measures[0].executors[0].entry.reportStatus", equalTo("ACCEPTED"))
                .body("tasks[0].measures[0].executors[0].entry.status", equalTo("COMPLETED"))
                .body("tasks[0].measures[0].executors[0].entry.progressPercent", equalTo(100))
                .body("tasks[0].measures[0].executors[0].entry.narrative", equalTo("Law adopted"))
                .body("tasks[0].measures[0].executors[0].entry.evidence[0].actNumber", equalTo("17"))
                .body("tasks[0].measures[0].executors[0].entry.evidence[0].actDate", equalTo("2025-06-15"))
                .body("tasks[0].measures[0].executors[1].entry.period", equalTo("2025-H1"))
                .body("tasks[0].measures[0].executors[1].entry.reportStatus", equalTo("SUBMITTED"))
                .body("tasks[0].measures[0].executors[1].entry.status", equalTo("IN_PROGRESS"))
                .body("tasks[0].measures[0].executors[1].entry.progressPercent", equalTo(70))
                .body("tasks[0].measures[0].executors[1].entry.narrative", equalTo("Draft agreed"))
                .body("tasks[1].measures[0].executors[0].entry.progressPercent", equalTo(60))
                .body("tasks[1].measures[0].executors[0].entry.narrative", equalTo("Half of the systems audited"))
                .body("tasks[2].measures[0].executors[0].agency", equalTo(CONSB))
                .body("tasks[2].measures[0].executors[0].entry", nullValue())
                .body("tasks[2].measures[1].executors[0].entry", nullValue())
                .body("tasks[2].measures[2].executors[0].entry.status", equalTo("BLOCKED"))
                .body("tasks[2].measures[2].executors[0].entry.progressPercent", equalTo(10))
                .body("tasks[2].measures[2].executors[0].entry.narrative", equalTo("No funds allocated"));
    }

    @Test
    void keyFiguresCountTheMeasuresInForceByStatusTheOverdueOnesAndTheReportsOnTime() {
        // 5 measures in force (1.1, 2.1, 3.1, 3.2, 3.3): COMPLETED 1.1, IN_PROGRESS 2.1, BLOCKED 3.3,
        // NOT_REPORTED 3.1 and 3.2; 1 of 5 completed = 20.0 %; overdue 3.1 and 3.3;
        // on time: TESTAG and CONSB (returned, but first submitted on time) = 2 of 4 = 50.0 %.
        report()
                .body("figures.period", equalTo("2025-H1"))
                .body("figures.measuresInForce", equalTo(5))
                .body("figures.byStatus", equalTo(byStatus(1, 1, 1, 0, 2)))
                .body("figures.shareCompleted", equalTo(20.0f))
                .body("figures.overdue", equalTo(2))
                .body("figures.expectedAgencies", equalTo(4))
                .body("figures.submittedOnTime", equalTo(2))
                .body("figures.onTimeRate", equalTo(50.0f));
    }

    @Test
    void thePreviousHalfYearsFiguresAreComputedFromItsOwnStandingReports() {
        // 2024-H2: IN_PROGRESS 1.1 (TESTAG 40 %) and 2.1 (UKMK 30 %), NOT_STARTED 3.3, NOT_REPORTED 3.1 and 3.2;
        // nothing completed, nothing overdue on 2024-12-31; on time only TESTAG = 1 of 4 = 25.0 %.
        report()
                .body("previousFigures.period", equalTo("2024-H2"))
                .body("previousFigures.measuresInForce", equalTo(5))
                .body("previousFigures.byStatus", equalTo(byStatus(0, 2, 0, 1, 2)))
                .body("previousFigures.shareCompleted", equalTo(0.0f))
                .body("previousFigures.overdue", equalTo(0))
                .body("previousFigures.expectedAgencies", equalTo(4))
                .body("previousFigures.submittedOnTime", equalTo(1))
                .body("previousFigures.onTimeRate", equalTo(25.0f));
    }

    @Test
    void theChangeIsTheDifferenceFromThePreviousHalfYearInPointsAndMeasures() {
        report()
                .body("change.shareCompleted", equalTo(20.0f))
                .body("change.overdue", equalTo(2))
                .body("change.onTimeRate", equalTo(25.0f));
    }

    @Test
    void repealedMeasuresAreListedApartWithTheActThatRepealedThem() {
        report()
                .body("repealed.code", contains("1.2"))
                .body("repealed[0].act.number", equalTo("2"))
                .body("repealed[0].act.date", equalTo("2025-03-01"))
                .body("repealed[0].act.title", equalTo("Өзгөртүү"))
                .body("repealed[0].note", equalTo("Күчүн жоготту"));
    }
}
