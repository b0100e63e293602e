package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.getReport;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.returnReport;
import static kg.actionplan.tracker.report.ReportFixtures.revisions;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * A report is late when it is first submitted after the end of its due day (the 5th of the month after the half-year)
 * in the plan's time zone, Asia/Bishkek (UTC+6); lateness counts calendar days there.
 */
@QuarkusTest
class ReportLatenessTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long draftFor2024H1() {
        clock.set(Instant.parse("2024-07-01T03:00:00Z"));
        return createReport(UKMK, newPlan(), "2024-H1", "UKMK");
    }

    @Test
    void reportsOnTheFirstHalfYearAreDueOn5JulyAndOnTheSecondOn5January() {
        String plan = newPlan();
        long h1 = createReport(UKMK, plan, "2024-H1", "UKMK");
        long h2 = createReport(UKMK, plan, "2024-H2", "UKMK");

        getReport(UKMK, h1).statusCode(200).body("agencyReportDue", equalTo("2024-07-05"));
        getReport(UKMK, h2).statusCode(200).body("agencyReportDue", equalTo("2025-01-05"));
    }

    @Test
    void aSubmissionInTheLastSecondOfTheDueDayInBishkekIsOnTime() {
        long id = draftFor2024H1();

        clock.set(Instant.parse("2024-07-05T17:59:59Z"));
        submit(UKMK, id)
                .statusCode(200)
                .body("agencyReportDue", equalTo("2024-07-05"))
                .body("submittedAt", equalTo("2024-07-05T17:59:59Z"))
                .body("late", equalTo(false))
                .body("daysLate", equalTo(0));
        revisions(UKMK, id).statusCode(200)
                .body("[0].late", equalTo(false))
                .body("[0].daysLate", equalTo(0));
    }

    @Test
    void aSubmissionAtMidnightAfterTheDueDayInBishkekIsOneDayLate() {
        long id = draftFor2024H1();

        clock.set(Instant.parse("2024-07-05T18:00:00Z"));
        submit(UKMK, id)
                .statusCode(200)
                .body("late", equalTo(true))
                .body("daysLate", equalTo(1));
        revisions(UKMK, id).statusCode(200)
                .body("[0].late", equalTo(true))
                .body("[0].daysLate", equalTo(1));
    }

    @Test
    void lateDaysAreCountedInCalendarDaysOfThePlansTimeZone() {
        long id = draftFor2024H1();

        clock.set(Instant.parse("2024-07-09T18:00:00Z"));
        submit(UKMK, id)
                .statusCode(200)
                .body("late", equalTo(true))
                .body("daysLate", equalTo(5));
        getReport(TestAccounts.COORDINATOR, id).statusCode(200)
                .body("late", equalTo(true))
                .body("daysLate", equalTo(5));
    }

    @Test
    void aResubmissionAfterAReturnKeepsTheFirstSubmissionsLatenessWhileEachRevisionRecordsItsOwn() {
        long id = draftFor2024H1();
        clock.set(Instant.parse("2024-07-03T04:00:00Z"));
        submit(UKMK, id).statusCode(200).body("late", equalTo(false));
        clock.set(Instant.parse("2024-07-08T04:00:00Z"));
        returnReport(TestAccounts.COORDINATOR, id, "Say more about 2.1.").statusCode(200);

        clock.set(Instant.parse("2024-07-12T00:00:00Z"));
        edit(UKMK, id, "2.1", inProgress(20, "Procurement announced"));
        submit(UKMK, id)
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("submittedAt", equalTo("2024-07-03T04:00:00Z"))
                .body("lastSubmittedAt", equalTo("2024-07-12T00:00:00Z"))
                .body("late", equalTo(false))
                .body("daysLate", equalTo(0));

        revisions(UKMK, id).statusCode(200)
                .body("number", contains(1, 2))
                .body("submittedAt", contains("2024-07-03T04:00:00Z", "2024-07-12T00:00:00Z"))
                .body("late", contains(false, true))
                .body("daysLate", contains(0, 7));
    }
}
