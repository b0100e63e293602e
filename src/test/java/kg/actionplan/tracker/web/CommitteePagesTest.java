package kg.actionplan.tracker.web;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.returnReport;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static kg.actionplan.tracker.signin.SignInAccounts.PASSWORD;
import static kg.actionplan.tracker.signin.SignInAccounts.newAccount;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * The committee's pages: the submissions grid, recording a report received on paper, the consolidated reports and
 * the alert log. Each test has a plan of its own (the minimal one: TESTAG and UKMK report on 2024-H1, due 2024-07-05
 * in Bishkek) and accounts of its own, whose pages are in Kyrgyz; the clock stands at 2026-11-23 unless moved.
 */
@QuarkusTest
class CommitteePagesTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theGridShowsAReportSubmittedOnTimeAndAMissingAgency() {
        String plan = newPlan();
        long id = createReport(UKMK, plan, "2024-H1", "UKMK");
        submitAt(UKMK, id, "2024-07-02T00:00:00Z");

        String html = submissionsPage(coordinator(), plan);

        assertThat(cell(html, "UKMK", "2024-H1"), allOf(containsString("href=\"/reports/" + id + "\""),
                containsString("badge submitted"), containsString("badge on_time"), containsString("Өз убагында")));
        assertThat(cell(html, "TESTAG", "2024-H1"), allOf(containsString("badge missing"),
                containsString("Тапшырылган жок"), not(containsString("href=\"/reports/")),
                containsString("href=\"/submissions/backfill?plan=" + plan
                        + "&amp;period=2024-H1&amp;agency=TESTAG\"")));
        assertThat(html, allOf(containsString("органдар үчүн мөөнөтү: 2024-07-05"),
                containsString("role=\"img\""), containsString("2024-H1: 2 отчеттун 1 өз убагында")));
    }

    @Test
    void aLateReportShowsHowManyDaysLate() {
        String plan = newPlan();
        long id = createReport(REPORTER_TESTAG, plan, "2024-H1", "TESTAG");
        submitAt(REPORTER_TESTAG, id, "2024-07-07T00:00:00Z");

        String html = submissionsPage(coordinator(), plan);

        assertThat(cell(html, "TESTAG", "2024-H1"), allOf(containsString("badge late"),
                containsString("2 күн кечигип"), not(containsString("badge on_time"))));
    }

    @Test
    void aReporterMayNotSeeTheCommitteesPages() {
        PageSession reporter = PageSession.signIn(newAccount("REPORTER", "BIM"), PASSWORD);
        for (String page : new String[] {"/submissions", "/submissions/backfill", "/consolidated", "/alerts"}) {
            reporter.request().when().get(page)
                    .then().statusCode(403).contentType(containsString("text/html"));
        }
    }

    @Test
    void theGovernmentApparatusReadsTheGridButRecordsNothingAndSeesNoAlerts() {
        String plan = newPlan();
        PageSession observer = observer();

        assertThat(submissionsPage(observer, plan), not(containsString("/submissions/backfill")));
        observer.request().when().get("/alerts").then().statusCode(403);
        backfillForm(observer, plan, "2024-07-10", "12-3/456", "2024-07-09")
                .formParam("csrf", observer.csrfOf("/submissions?plan=" + plan))
                .when().post("/submissions/backfill")
                .then().statusCode(403);
        assertStillMissing(plan, "TESTAG");
    }

    @Test
    void recordingAReportReceivedOnPaperOpensItToFillIn() {
        String plan = newPlan();
        PageSession coordinator = coordinator();

        String location = sendBackfill(coordinator, plan, "2024-07-10", "12-3/456", "2024-07-09")
                .statusCode(303).extract().header("Location");

        assertThat(location, matchesPattern(".*/reports/\\d+$"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        as(TestAccounts.COORDINATOR).when().get("/api/v1/reports/" + id)
                .then().statusCode(200).body("agency", equalTo("TESTAG")).body("period", equalTo("2024-H1"))
                .body("backfill.receivedOn", equalTo("2024-07-10")).body("backfill.letter.number", equalTo("12-3/456"));
        assertThat(cell(submissionsPage(coordinator, plan), "TESTAG", "2024-H1"),
                allOf(containsString("href=\"/reports/" + id + "\""), containsString("badge backfilled"),
                        containsString("badge draft")));
    }

    @Test
    void aBackfillWithoutTheCsrfTokenIsRefusedAndRecordsNothing() {
        String plan = newPlan();
        PageSession coordinator = coordinator();

        backfillForm(coordinator, plan, "2024-07-10", "12-3/456", "2024-07-09")
                .when().post("/submissions/backfill")
                .then().statusCode(403).contentType(containsString("text/html"));
        assertStillMissing(plan, "TESTAG");
    }

    @Test
    void aLetterDatedAfterReceiptShowsTheFormAgainAndRecordsNothing() {
        String plan = newPlan();
        PageSession coordinator = coordinator();

        sendBackfill(coordinator, plan, "2024-07-10", "12-3/456", "2024-07-11")
                .statusCode(422).contentType(containsString("text/html"))
                .body(containsString("href=\"#letterDate\">Коштомо каттын күнү</a>: "
                                + "must not be after receivedOn, 2024-07-10"),
                        containsString("value=\"2024-07-11\""), containsString("value=\"12-3/456\""));
        assertStillMissing(plan, "TESTAG");
    }

    @Test
    void anUnreadableDateShowsTheFormAgainAndRecordsNothing() {
        String plan = newPlan();
        PageSession coordinator = coordinator();

        sendBackfill(coordinator, plan, "10.07.2024", "12-3/456", "2024-07-09")
                .statusCode(422)
                .body(containsString("href=\"#receivedOn\">Алынган күнү</a>: must be a date written YYYY-MM-DD"),
                        containsString("value=\"10.07.2024\""));
        assertStillMissing(plan, "TESTAG");
    }

    @Test
    void whatASenderWroteIsShownAsTextNeverAsMarkup() {
        String plan = newPlan();
        PageSession coordinator = coordinator();

        sendBackfill(coordinator, plan, "2024-07-10", "<script>alert(1)</script>", "2024-07-11")
                .statusCode(422)
                .body(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""),
                        not(containsString("<script>")));
        assertStillMissing(plan, "TESTAG");
    }

    @Test
    void theConsolidatedPageLinksEachVersionsFilesInThePagesLanguage() {
        String plan = newPlan();
        as(TestAccounts.COORDINATOR).when().post(consolidatedApi(plan))
                .then().statusCode(201);
        PageSession observer = observer();

        String html = observer.request().when().get("/consolidated?plan=" + plan + "&period=2024-H1")
                .then().statusCode(200).extract().asString();

        String version = consolidatedApi(plan) + "/versions/1";
        assertThat(html, allOf(containsString("href=\"" + version + "?format=xlsx&amp;lang=ky\""),
                containsString("href=\"" + version + "?format=pdf&amp;lang=ky\""),
                containsString("href=\"" + version + "?format=csv&amp;lang=ky\""),
                not(containsString("method=\"post\" action=\"/consolidated\""))));
        observer.request().when().get(version + "?format=csv&lang=ky")
                .then().statusCode(200).contentType(containsString("text/csv"));
    }

    @Test
    void buildNowAddsAVersionAndComesBackToTheHalfYear() {
        String plan = newPlan();
        PageSession coordinator = coordinator();
        String page = "/consolidated?plan=" + plan + "&period=2024-H1";

        coordinator.request().formParam("csrf", coordinator.csrfOf(page)).formParam("plan", plan)
                .formParam("period", "2024-H1")
                .when().post("/consolidated")
                .then().statusCode(303).header("Location", containsString(page));

        as(TestAccounts.COORDINATOR).when().get(consolidatedApi(plan) + "/versions")
                .then().statusCode(200).body("number", contains(1))
                .body("kind", contains("ON_DEMAND"));
        coordinator.request().when().get(page)
                .then().statusCode(200).body(containsString("/versions/1?format=pdf"));
    }

    @Test
    void theAlertLogShowsAReturnCommentAsTextNeverAsMarkup() {
        String plan = newPlan();
        long id = createReport(REPORTER_TESTAG, plan, "2024-H1", "TESTAG");
        submit(REPORTER_TESTAG, id).statusCode(200);
        returnReport(TestAccounts.COORDINATOR, id, "<script>alert(1)</script> Say what was done on 1.1")
                .statusCode(200);

        coordinator().request().when().get("/alerts")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<h1>Билдирүүлөрдүн журналы</h1>"),
                        containsString("<td>" + plan + " · 2024-H1 · TESTAG<span"),
                        containsString("Отчет кайра иштеп чыгууга кайтарылды"),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt; Say what was done on 1.1"),
                        not(containsString("<script>")));
    }

    /** {@code user} submits report {@code id} at the moment {@code at}. */
    private void submitAt(String user, long id, String at) {
        clock.set(Instant.parse(at));
        submit(user, id).statusCode(200);
        clock.reset();
    }

    private static PageSession coordinator() {
        return PageSession.signIn(newAccount("COORDINATOR", null), PASSWORD);
    }

    private static PageSession observer() {
        return PageSession.signIn(newAccount("OBSERVER", null), PASSWORD);
    }

    private static String submissionsPage(PageSession browser, String plan) {
        return browser.request().when().get("/submissions?plan=" + plan).then().statusCode(200).extract().asString();
    }

    /**
     * The back-fill form of TESTAG's report on 2024-H1, received on {@code receivedOn} with the letter
     * {@code letterNumber} of {@code letterDate}, without its CSRF token.
     */
    private static RequestSpecification backfillForm(PageSession browser, String plan, String receivedOn,
            String letterNumber, String letterDate) {
        return browser.request().formParam("plan", plan).formParam("period", "2024-H1").formParam("agency", "TESTAG")
                .formParam("receivedOn", receivedOn).formParam("letterNumber", letterNumber)
                .formParam("letterDate", letterDate);
    }

    /** The back-fill form as above, sent from its page with the page's CSRF token. */
    private static ValidatableResponse sendBackfill(PageSession browser, String plan, String receivedOn,
            String letterNumber, String letterDate) {
        return backfillForm(browser, plan, receivedOn, letterNumber, letterDate)
                .formParam("csrf", browser.csrfOf("/submissions/backfill?plan=" + plan))
                .when().post("/submissions/backfill").then();
    }

    private static String consolidatedApi(String plan) {
        return "/api/v1/plans/" + plan + "/periods/2024-H1/consolidated-report";
    }

    private static void assertStillMissing(String plan, String agency) {
        as(TestAccounts.COORDINATOR).when().get("/api/v1/plans/" + plan + "/periods/2024-H1/submissions")
                .then().statusCode(200).body("find { it.agency == '" + agency + "' }.status", equalTo("MISSING"));
    }

    /** The grid's cell of {@code agency} on {@code period}. */
    private static String cell(String html, String agency, String period) {
        Matcher cell = Pattern.compile("<td id=\"cell-" + agency + "-" + period + "\">(.*?)</td>", Pattern.DOTALL)
                .matcher(html);
        if (!cell.find()) {
            throw new AssertionError("the grid has no cell of " + agency + " on " + period);
        }
        return cell.group(1);
    }
}
