package kg.actionplan.tracker.web;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.signin.SignInAccounts.PASSWORD;
import static kg.actionplan.tracker.signin.SignInAccounts.newAccount;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.common.MutableClock;
import kg.actionplan.tracker.report.ReportFixtures;

/**
 * A half-year's report from the reporter to the committee and back until it is accepted, and the consolidated report
 * downloaded as XLSX, as people do it in a real browser (Debian's Chromium), every page in Kyrgyz: the accounts read
 * the pages in ky.
 */
@QuarkusTest
class ReportJourneyBrowserTest {

    /** 2 July 2026, noon in Bishkek: 2026-H1 has ended and its reports are due by the 5th. */
    private static final Instant REPORTING_DAY = Instant.parse("2026-07-02T06:00:00Z");

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL root;

    @Inject
    MutableClock clock;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReportIsReturnedWithACommentFixedAcceptedAndDownloadedInTheBrowser() {
        clock.set(REPORTING_DAY);
        String plan = ReportFixtures.newPlan(document -> ((ArrayNode) document.get("plan").get("tasks").get(1)
                .get("measures").get(0).get("executors")).addObject().put("agency", "TESTAG"));
        String reporter = newAccount("REPORTER", "TESTAG");
        String coordinator = newAccount("COORDINATOR", null);
        String otherAgency = newAccount("REPORTER", "UKMK");

        try (BrowserContext reporterBrowser = chromium.person(); BrowserContext committeeBrowser = chromium.person();
                BrowserContext otherBrowser = chromium.person()) {
            Page agency = signIn(reporterBrowser, reporter);
            agency.navigate(url("reports"));
            Chromium.screenshot(agency, "reports-ky");
            agency.selectOption("#period-" + plan, "2026-H1");
            agency.click("form:has(#period-" + plan + ") button");
            String report = agency.url();
            assertThat(report, containsString("/reports/"));

            fillEntry(agency, "1.1", "IN_PROGRESS", "60", "", "Техникалык тапшырма даярдалды.");
            fillEntry(agency, "2.1", "IN_PROGRESS", "30", "", "<script>alert('x')</script> даярдалууда");
            assertThat(agency.textContent("[id='entry-2.1'] .narrative").strip(),
                    equalTo("<script>alert('x')</script> даярдалууда"));
            Chromium.screenshot(agency, "report-draft-ky");
            agency.click("form[action$='/submit'] button");

            Page committee = signIn(committeeBrowser, coordinator);
            committee.navigate(report);
            Chromium.screenshot(committee, "report-review-ky");
            committee.fill("#comment", "1.1 боюнча техникалык тапшырманын номерин жана күнүн көрсөтүңүз.");
            committee.click("form[action$='/return'] button");

            agency.navigate(report);
            assertThat(agency.textContent(".alert"),
                    containsString("1.1 боюнча техникалык тапшырманын номерин жана күнүн көрсөтүңүз."));
            Chromium.screenshot(agency, "report-returned-ky");
            fillEntry(agency, "1.1", "COMPLETED", "100", "2026-06-20", "Техникалык тапшырма № 12 бекитилди.");
            agency.click("form[action$='/submit'] button");

            committee.navigate(report);
            committee.click("form[action$='/accept'] button");
            assertThat(apiStatus(coordinator, report), equalTo("ACCEPTED"));
            Chromium.screenshot(committee, "report-accepted-ky");

            committee.navigate(url("consolidated?plan=" + plan + "&period=2026-H1"));
            committee.click("form[method='post'][action='/consolidated'] button");
            Download xlsx = committee.waitForDownload(() -> committee.click("a[href*='format=xlsx']"));
            Chromium.screenshot(committee, "consolidated-ky");
            assertThat(zipSignature(xlsx), equalTo("PK"));

            Page stranger = signIn(otherBrowser, otherAgency);
            assertThat(stranger.navigate(report).status(), equalTo(404));
            Chromium.screenshot(stranger, "report-of-another-agency-ky");
        }
    }

    private Page signIn(BrowserContext browser, String username) {
        Page page = browser.newPage();
        page.navigate(url("sign-in"));
        Chromium.screenshot(page, "sign-in-ky");
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("main form button[type=submit]");
        assertThat(page.textContent("header .who"), containsString(username));
        return page;
    }

    private static void fillEntry(Page page, String measure, String status, String percent, String completedOn,
            String narrative) {
        page.click("a[href$='/entries/" + measure + "']");
        Chromium.screenshot(page, "entry-" + measure + "-ky");
        page.selectOption("#status", status);
        page.fill("#progressPercent", percent);
        page.fill("#completedOn", completedOn);
        page.fill("#narrative", narrative);
        page.click("form.stacked button.primary");
        assertThat(page.textContent("[id='entry-" + measure + "'] .narrative").strip(), equalTo(narrative));
    }

    /** The first two bytes of a download: "PK" for an XLSX file, which is a ZIP archive. */
    private static String zipSignature(Download download) {
        try (InputStream file = download.createReadStream()) {
            return new String(file.readNBytes(2), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String apiStatus(String username, String reportUrl) {
        return given().auth().preemptive().basic(username, PASSWORD)
                .when().get("/api/v1/reports/" + reportUrl.substring(reportUrl.lastIndexOf('/') + 1))
                .then().statusCode(200).extract().path("status");
    }

    private String url(String path) {
        return root.toString() + path;
    }
}
