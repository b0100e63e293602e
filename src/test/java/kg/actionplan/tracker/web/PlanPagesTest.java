package kg.actionplan.tracker.web;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.completed;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.report.ReportFixtures;

/**
 * The plan as everyone reads it: measures with their state, the filters, and a measure's planned and actual dates.
 */
@QuarkusTest
class PlanPagesTest {

    @Test
    void theFiltersKeepOnlyTheChosenTaskAndState() {
        String plan = ReportFixtures.newPlan();
        given().header("Accept-Language", "en")
                .when().get("/plans/" + plan + "?task=1&state=REPEALED")
                .then().statusCode(200)
                .body(allOf(containsString("/plans/" + plan + "/measures/1.2\""),
                        not(containsString("/plans/" + plan + "/measures/1.1\"")),
                        not(containsString("/plans/" + plan + "/measures/2.1\""))));
    }

    @Test
    void aMeasureReportedCompletedShowsItsDeadlineAndWhenItWasDone() {
        String plan = ReportFixtures.newPlan();
        long report = createReport(REPORTER_TESTAG, plan, "2026-H1", "TESTAG");
        edit(REPORTER_TESTAG, report, "1.1", completed("Done", "2026-06-20"));
        submit(REPORTER_TESTAG, report).statusCode(200);

        given().header("Accept-Language", "ru")
                .when().get("/plans/" + plan + "/measures/1.1")
                .then().statusCode(200)
                .body(allOf(containsString("<html lang=\"ru\">"), containsString("30 июня 2025 года"),
                        containsString("2026-06-20"), containsString("с опозданием на 355 дн."),
                        containsString("Выполнено")));
    }

    @Test
    void aMeasuresHistoryShowsWhatTheReportsSaidAsFarAsTheReaderMaySee() {
        String plan = ReportFixtures.newPlan();
        long report = createReport(REPORTER_TESTAG, plan, "2026-H1", "TESTAG");
        edit(REPORTER_TESTAG, report, "1.1", completed("Regulation No. 7 adopted", "2026-06-20"));
        submit(REPORTER_TESTAG, report).statusCode(200);
        String measure = "/plans/" + plan + "/measures/1.1";

        PageSession.signIn(REPORTER_TESTAG, TestAccounts.PASSWORD).request().when().get(measure)
                .then().statusCode(200)
                .body(allOf(containsString("href=\"/reports/" + report + "\">2026-H1</a>"),
                        containsString("Regulation No. 7 adopted")));
        PageSession.signIn(TestAccounts.REPORTER_BIM, TestAccounts.PASSWORD).request().when().get(measure)
                .then().statusCode(200).body(not(containsString("Regulation No. 7 adopted")));
        given().when().get(measure)
                .then().statusCode(200).body(not(containsString("Regulation No. 7 adopted")));
    }

    @Test
    void theProgressOfEachTaskIsDrawnForPeopleAndNamedForScreenReaders() {
        given().header("Accept-Language", "en")
                .when().get("/plans/" + ReportFixtures.newPlan())
                .then().statusCode(200)
                .body(allOf(containsString("<svg class=\"chart\""), containsString("role=\"img\""),
                        containsString("1: 0 of 1 measures completed; 2: 0 of 1 measures completed")));
    }

    @Test
    void anUnknownPlanIsAPageThatSaysSo() {
        given().header("Accept-Language", "en")
                .when().get("/plans/no-such-plan")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Not found"), containsString("There is no plan no-such-plan."));
    }
}
