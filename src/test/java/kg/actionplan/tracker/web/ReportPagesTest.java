package kg.actionplan.tracker.web;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.backfilled;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.getEntry;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.report.ReportFixtures;

/**
 * The report pages keep the API's rules: the same visibility, the same checks on an entry, and no edit lost when two
 * people save the same entry.
 */
@QuarkusTest
class ReportPagesTest {

    private static final String PERIOD = "2026-H1";

    @Test
    void aReporterAskingForAnotherAgencysReportPageGets404() {
        long report = createReport(REPORTER_TESTAG, ReportFixtures.newPlan(), PERIOD, "TESTAG");
        PageSession.signIn(TestAccounts.REPORTER_BIM, TestAccounts.PASSWORD).request()
                .when().get("/reports/" + report)
                .then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void aReportOpenedWithoutItsHalfYearIsRefusedWithTheReasonAndNothingIsOpened() {
        String plan = ReportFixtures.newPlan();
        PageSession browser = PageSession.signIn(REPORTER_TESTAG, TestAccounts.PASSWORD);
        browser.request().formParam("csrf", browser.csrfOf("/reports")).formParam("plan", plan)
                .when().post("/reports")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Полугодие: must not be blank"));
        ReportFixtures.createReport(REPORTER_TESTAG, plan, PERIOD, "TESTAG");
    }

    @Test
    void aReportBackFilledFromPaperIsWrittenOnItsPageByTheCommitteeNotByItsAgencysReporter() {
        long report = backfilled(ReportFixtures.newPlan(), "2024-H1", "TESTAG", "2024-07-05", "2024-07-03");
        String entry = "href=\"/reports/" + report + "/entries/1.1\"";
        String submit = "action=\"/reports/" + report + "/submit\"";

        PageSession.signIn(REPORTER_TESTAG, TestAccounts.PASSWORD).request()
                .when().get("/reports/" + report)
                .then().statusCode(200).body(allOf(not(containsString(entry)), not(containsString(submit))));
        PageSession.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD).request()
                .when().get("/reports/" + report)
                .then().statusCode(200).body(allOf(containsString(entry), containsString(submit)));
    }

    @Test
    void aReportPageWithoutASessionSendsTheBrowserToSignInAndBack() {
        given().redirects().follow(false)
                .when().get("/reports/42")
                .then().statusCode(303).header("Location", containsString("/sign-in?next=%2Freports%2F42"))
                .header("Content-Type", nullValue());
    }

    @Test
    void anEntrySavedMeanwhileShowsBothVersionsAndKeepsTheSendersText() {
        long report = createReport(REPORTER_TESTAG, ReportFixtures.newPlan(), PERIOD, "TESTAG");
        PageSession browser = PageSession.signIn(REPORTER_TESTAG, TestAccounts.PASSWORD);
        String form = browser.request().when().get("/reports/" + report + "/entries/1.1").asString();
        edit(REPORTER_TESTAG, report, "1.1", inProgress(40, "Saved by a colleague meanwhile"));

        String page = entryForm(browser, form, "50").formParam("narrative", "My own text")
                .when().post("/reports/" + report + "/entries/1.1")
                .then().statusCode(412).extract().asString();

        assertThat(page, containsString("Saved by a colleague meanwhile"));
        assertThat(page, containsString(">My own text</textarea>"));
        getEntry(REPORTER_TESTAG, report, "1.1").body("narrative", equalTo("Saved by a colleague meanwhile"));
        entryForm(browser, page, "50").formParam("narrative", "My own text")
                .when().post("/reports/" + report + "/entries/1.1")
                .then().statusCode(303);
        getEntry(REPORTER_TESTAG, report, "1.1").body("narrative", equalTo("My own text"));
    }

    @Test
    void anEntryThatBreaksARuleIsShownAgainWithTheReasonAndNothingChanges() {
        long report = createReport(REPORTER_TESTAG, ReportFixtures.newPlan(), PERIOD, "TESTAG");
        PageSession browser = PageSession.signIn(REPORTER_TESTAG, TestAccounts.PASSWORD);
        String form = browser.request().when().get("/reports/" + report + "/entries/1.1").asString();

        String page = entryForm(browser, form, "150")
                .formParam("narrative", "<b>bold</b> claim")
                .when().post("/reports/" + report + "/entries/1.1")
                .then().statusCode(422).extract().asString();

        assertThat(page, containsString("href=\"#progressPercent\""));
        assertThat(page, containsString("&lt;b&gt;bold&lt;/b&gt; claim</textarea>"));
        getEntry(REPORTER_TESTAG, report, "1.1").body("progressPercent", equalTo(0));
    }

    /**
     * The entry form of {@code page} as the browser sends it back: its token and ETag, IN_PROGRESS at {@code percent}.
     */
    private static RequestSpecification entryForm(PageSession browser, String page, String percent) {
        return browser.request().formParam("csrf", PageSession.csrfIn(page))
                .formParam("etag", value(page, "etag")).formParam("status", "IN_PROGRESS")
                .formParam("progressPercent", percent);
    }

    private static String value(String page, String name) {
        String marker = "name=\"" + name + "\" value=\"";
        int start = page.indexOf(marker) + marker.length();
        return page.substring(start, page.indexOf('"', start)).replace("&quot;", "\"");
    }
}
