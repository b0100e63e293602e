package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTS;
import static kg.actionplan.tracker.report.ReportFixtures.create;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.entryIs;
import static kg.actionplan.tracker.report.ReportFixtures.etag;
import static kg.actionplan.tracker.report.ReportFixtures.getEntry;
import static kg.actionplan.tracker.report.ReportFixtures.getReport;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.newPlanWithBimOn2_1;
import static kg.actionplan.tracker.report.ReportFixtures.putEntry;
import static kg.actionplan.tracker.report.ReportFixtures.revisions;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.Pages;

/**
 * A reporter works on its own agency's reports only; to it, any other agency's report does not exist.
 */
@QuarkusTest
class ReportCrossAgencyTest {

    static final String BIM = TestAccounts.REPORTER_BIM;
    static final String UKMK = TestAccounts.REPORTER_UKMK;

    private static long ukmkReport(String plan) {
        return createReport(UKMK, plan, "2024-H1", "UKMK");
    }

    private static void notFound(ValidatableResponse response) {
        response.statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:not-found"));
    }

    @Test
    void anotherAgencysReportIsNotFound() {
        long id = ukmkReport(newPlan());

        notFound(getReport(BIM, id));
    }

    @Test
    void anotherAgencysEntriesAndRevisionsAreNotFound() {
        long id = ukmkReport(newPlan());
        submit(UKMK, id).statusCode(200);

        notFound(getEntry(BIM, id, "1.1"));
        notFound(revisions(BIM, id));
    }

    @Test
    void anotherAgencysEntryCannotBeEditedAndIsNotFound() {
        long id = ukmkReport(newPlan());

        notFound(putEntry(BIM, id, "1.1", etag(UKMK, id, "1.1"), inProgress(50, "Not mine to say")));
        entryIs(UKMK, id, "1.1", "NOT_STARTED", 0);
    }

    @Test
    void anotherAgencysReportCannotBeSubmittedAndIsNotFound() {
        long id = ukmkReport(newPlan());

        notFound(submit(BIM, id));
        getReport(UKMK, id).statusCode(200).body("status", equalTo("DRAFT")).body("revision", equalTo(0));
    }

    @Test
    void aReporterCannotOpenAReportForAnotherAgency() {
        String plan = newPlan();

        create(BIM, plan, "2024-H1", "UKMK")
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:forbidden"));
        as(TestAccounts.COORDINATOR).queryParam("plan", plan).when().get(REPORTS)
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void openingAnotherAgencysExistingReportIsForbiddenWithoutRevealingIt() {
        String plan = newPlan();
        ukmkReport(plan);

        create(BIM, plan, "2024-H1", "UKMK")
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("existing", nullValue());
    }

    @Test
    void filteringOnAnotherAgencyListsNothing() {
        String plan = newPlanWithBimOn2_1();
        ukmkReport(plan);
        createReport(BIM, plan, "2024-H1", "BIM");

        as(BIM).queryParam("agency", "UKMK").when().get(REPORTS)
                .then().statusCode(200).body("", hasSize(0));
        as(BIM).queryParam("agency", "UKMK").queryParam("plan", plan).when().get(REPORTS)
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aReportersListHoldsOnlyItsOwnAgencysReports() {
        String plan = newPlanWithBimOn2_1();
        ukmkReport(plan);
        long bim = createReport(BIM, plan, "2024-H1", "BIM");

        as(BIM).queryParam("plan", plan).when().get(REPORTS)
                .then().statusCode(200)
                .body("id", contains((int) bim))
                .body("agency", contains("BIM"));
        as(BIM).when().get(REPORTS)
                .then().statusCode(200)
                .body("", not(empty()))
                .body("agency", everyItem(equalTo("BIM")));
    }

    @Test
    void reportsArePagedNewestHalfYearFirstThenByAgency() {
        String plan = newPlanWithBimOn2_1();
        createReport(BIM, plan, "2024-H1", "BIM");
        createReport(UKMK, plan, "2024-H1", "UKMK");
        createReport(BIM, plan, "2025-H1", "BIM");
        createReport(UKMK, plan, "2024-H2", "UKMK");
        createReport(BIM, plan, "2024-H2", "BIM");

        List<String> walked = Pages.walk(() -> as(TestAccounts.COORDINATOR), REPORTS, Map.of("plan", plan, "limit", 2))
                .stream().map(report -> report.get("period") + " " + report.get("agency")).toList();

        assertEquals(List.of("2025-H1 BIM", "2024-H2 BIM", "2024-H2 UKMK", "2024-H1 BIM", "2024-H1 UKMK"), walked);
        assertEquals(List.of("2025-H1 BIM", "2024-H2 BIM", "2024-H1 BIM"),
                Pages.walk(() -> as(BIM), REPORTS, Map.of("plan", plan, "limit", 1)).stream()
                        .map(report -> report.get("period") + " " + report.get("agency")).toList());
    }

    @Test
    void aReporterOpensItsOwnAgencysReportOnAMeasureItShares() {
        String plan = newPlanWithBimOn2_1();

        create(BIM, plan, "2024-H1", "BIM")
                .statusCode(201)
                .body("agency", equalTo("BIM"))
                .body("entries.measure", contains("2.1"));
    }
}
