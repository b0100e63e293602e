package kg.actionplan.tracker.report;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTS;
import static kg.actionplan.tracker.report.ReportFixtures.accept;
import static kg.actionplan.tracker.report.ReportFixtures.create;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.entryIs;
import static kg.actionplan.tracker.report.ReportFixtures.etag;
import static kg.actionplan.tracker.report.ReportFixtures.getEntry;
import static kg.actionplan.tracker.report.ReportFixtures.getReport;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.putEntry;
import static kg.actionplan.tracker.report.ReportFixtures.returnReport;
import static kg.actionplan.tracker.report.ReportFixtures.revisions;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * Who may do what with reports: reporters write their agency's reports, the coordinator reviews them, observers and
 * administrators only read them. (The committee writes only the reports it back-fills from paper: BackfillTest.)
 */
@QuarkusTest
class ReportRolesTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;

    private record Fixture(String plan, long draft, long submitted) {
    }

    /**
     * A fresh plan with a UKMK draft for 2024-H2 and a submitted UKMK report for 2024-H1.
     */
    private static Fixture fixture() {
        String plan = newPlan();
        long submitted = createReport(UKMK, plan, "2024-H1", "UKMK");
        edit(UKMK, submitted, "1.1", inProgress(40, "Draft law prepared"));
        submit(UKMK, submitted).statusCode(200);
        long draft = createReport(UKMK, plan, "2024-H2", "UKMK");
        return new Fixture(plan, draft, submitted);
    }

    private static void forbidden(ValidatableResponse response) {
        response.statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:forbidden"));
    }

    private static void nothingChanged(Fixture f) {
        getReport(TestAccounts.COORDINATOR, f.draft()).statusCode(200).body("status", equalTo("DRAFT"));
        entryIs(TestAccounts.COORDINATOR, f.draft(), "1.1", "NOT_STARTED", 0);
        getReport(TestAccounts.COORDINATOR, f.submitted()).statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("revision", equalTo(1))
                .body("reviewedAt", nullValue());
        as(TestAccounts.COORDINATOR).queryParam("plan", f.plan()).when().get(REPORTS)
                .then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void anObserverReadsReportsEntriesAndRevisions() {
        Fixture f = fixture();
        String observer = TestAccounts.OBSERVER;

        getReport(observer, f.submitted()).statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("entries[0].progressPercent", equalTo(40));
        getEntry(observer, f.submitted(), "1.1").statusCode(200).body("narrative", equalTo("Draft law prepared"));
        revisions(observer, f.submitted()).statusCode(200)
                .body("", hasSize(1))
                .body("[0].entries[0].progressPercent", equalTo(40));
        as(observer).queryParam("plan", f.plan()).when().get(REPORTS)
                .then().statusCode(200)
                .body("period", equalTo(List.of("2024-H2", "2024-H1")));
    }

    @Test
    void anObserverMayNotWriteAnything() {
        Fixture f = fixture();
        String observer = TestAccounts.OBSERVER;

        forbidden(create(observer, f.plan(), "2025-H1", "UKMK"));
        forbidden(putEntry(observer, f.draft(), "1.1", etag(observer, f.draft(), "1.1"), inProgress(10, "x")));
        forbidden(submit(observer, f.draft()));
        forbidden(accept(observer, f.submitted()));
        forbidden(returnReport(observer, f.submitted(), "Please redo"));
        nothingChanged(f);
    }

    @Test
    void anAdministratorMayNotWriteAnAgencysOwnReportsEither() {
        Fixture f = fixture();
        String admin = TestAccounts.ADMIN;

        forbidden(create(admin, f.plan(), "2025-H1", "UKMK"));
        forbidden(putEntry(admin, f.draft(), "1.1", etag(admin, f.draft(), "1.1"), inProgress(10, "x")));
        forbidden(submit(admin, f.draft()));
        forbidden(accept(admin, f.submitted()));
        forbidden(returnReport(admin, f.submitted(), "Please redo"));
        nothingChanged(f);
    }

    @Test
    void theCoordinatorMayNotOpenEditOrSubmitAnAgencysOwnReport() {
        Fixture f = fixture();
        String coordinator = TestAccounts.COORDINATOR;

        forbidden(create(coordinator, f.plan(), "2025-H1", "UKMK"));
        forbidden(putEntry(coordinator, f.draft(), "1.1", etag(coordinator, f.draft(), "1.1"), inProgress(10, "x")));
        forbidden(submit(coordinator, f.draft()));
        nothingChanged(f);
    }

    @Test
    void aReporterMayNotAcceptOrReturnEvenItsOwnReport() {
        Fixture f = fixture();

        forbidden(accept(UKMK, f.submitted()));
        forbidden(returnReport(UKMK, f.submitted(), "Returning it myself"));
        nothingChanged(f);
    }

    @Test
    void listingReportsWithoutCredentialsIsUnauthorized() {
        given()
                .when().get(REPORTS)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:unauthorized"));
    }

    @Test
    void aReportIsNotShownWithoutCredentials() {
        Fixture f = fixture();

        given().when().get(REPORTS + "/" + f.submitted())
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        given().when().get(REPORTS + "/" + f.submitted() + "/revisions")
                .then().statusCode(401);
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        given().auth().preemptive().basic(UKMK, "not-the-password-at-all")
                .when().get(REPORTS)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void openingAReportWithoutCredentialsIsUnauthorizedAndCreatesNothing() {
        String plan = newPlan();

        given()
                .contentType(ContentType.JSON)
                .body(Map.of("planCode", plan, "period", "2024-H1", "agency", "UKMK"))
                .when().post(REPORTS)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        as(TestAccounts.COORDINATOR).queryParam("plan", plan).when().get(REPORTS)
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void theCoordinatorSeesEveryAgencysReports() {
        String plan = newPlan();
        createReport(UKMK, plan, "2024-H1", "UKMK");
        createReport(ReportFixtures.REPORTER_TESTAG, plan, "2024-H1", "TESTAG");

        as(TestAccounts.COORDINATOR).queryParam("plan", plan).when().get(REPORTS)
                .then().statusCode(200)
                .body("agency", hasItem("UKMK"))
                .body("agency", hasItem("TESTAG"))
                .body("", hasSize(2));
    }
}
