package kg.actionplan.tracker.consolidated;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.build;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.built;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.latest;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.url;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.version;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.versions;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * Who may build and read consolidated reports, and what a request for a report that does not exist gets.
 */
@QuarkusTest
class ConsolidatedReportAccessTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("type", equalTo("urn:tracker:problem:" + type))
                .body("status", equalTo(status));
    }

    // Roles

    @Test
    void observersAndAdministratorsReadEveryVersionAndTheList() {
        String plan = newPlan();
        built(plan, "2025-H1");

        for (String reader : new String[] {TestAccounts.OBSERVER, TestAccounts.ADMIN, TestAccounts.COORDINATOR}) {
            latest(reader, plan, "2025-H1").statusCode(200).body("header.version", equalTo(1));
            version(reader, plan, "2025-H1", 1).statusCode(200).body("header.version", equalTo(1));
            versions(reader, plan, "2025-H1").statusCode(200).body("number[0]", equalTo(1));
            as(reader).queryParam("format", "csv").when().get(url(plan, "2025-H1")).then().statusCode(200);
        }
    }

    @Test
    void anAdministratorMayBuild() {
        String plan = newPlan();

        build(TestAccounts.ADMIN, plan, "2025-H1").statusCode(201)
                .body("header.generatedBy", equalTo(TestAccounts.ADMIN));
    }

    @Test
    void reportersMayNeitherReadNorBuildEvenForTheirOwnAgency() {
        String plan = newPlan();
        built(plan, "2025-H1");

        for (String reporter : new String[] {REPORTER_TESTAG, TestAccounts.REPORTER_UKMK}) {
            problem(latest(reporter, plan, "2025-H1"), 403, "forbidden");
            problem(version(reporter, plan, "2025-H1", 1), 403, "forbidden");
            problem(versions(reporter, plan, "2025-H1"), 403, "forbidden");
            problem(as(reporter).queryParam("format", "pdf").when().get(url(plan, "2025-H1")).then(), 403,
                    "forbidden");
            problem(build(reporter, plan, "2025-H1"), 403, "forbidden");
        }
        versions(TestAccounts.COORDINATOR, plan, "2025-H1").statusCode(200).body("number", contains(1));
    }

    @Test
    void anObserverMayNotBuild() {
        String plan = newPlan();

        problem(build(TestAccounts.OBSERVER, plan, "2025-H1"), 403, "forbidden");
        versions(TestAccounts.COORDINATOR, plan, "2025-H1").statusCode(200).body("", empty());
    }

    @Test
    void withoutCredentialsEverythingIsUnauthorized() {
        String plan = newPlan();
        built(plan, "2025-H1");

        problem(given().when().get(url(plan, "2025-H1")).then(), 401, "unauthorized")
                .header("WWW-Authenticate", startsWith("Basic"));
        problem(given().when().get(url(plan, "2025-H1") + "/versions").then(), 401, "unauthorized");
        problem(given().when().get(url(plan, "2025-H1") + "/versions/1").then(), 401, "unauthorized");
        problem(given().when().post(url(plan, "2025-H1")).then(), 401, "unauthorized");
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        String plan = newPlan();

        problem(given().auth().preemptive().basic(TestAccounts.COORDINATOR, "not-the-password").when()
                .post(url(plan, "2025-H1")).then(), 401, "unauthorized");
        versions(TestAccounts.COORDINATOR, plan, "2025-H1").statusCode(200).body("", empty());
    }

    // Errors

    @Test
    void theLatestVersionBeforeAnyBuildIsNotFound() {
        String plan = newPlan();

        problem(latest(TestAccounts.COORDINATOR, plan, "2025-H1"), 404, "not-found")
                .body("detail", containsString("2025-H1"));
        problem(as(TestAccounts.COORDINATOR).queryParam("format", "pdf").when().get(url(plan, "2025-H1")).then(),
                404, "not-found");
    }

    @Test
    void aVersionNumberNotBuiltIsNotFound() {
        String plan = newPlan();
        built(plan, "2025-H1");

        problem(version(TestAccounts.COORDINATOR, plan, "2025-H1", 99), 404, "not-found");
        problem(version(TestAccounts.COORDINATOR, plan, "2025-H1", 0), 404, "not-found");
        // version 1 of another half-year does not exist either
        problem(version(TestAccounts.COORDINATOR, plan, "2025-H2", 1), 404, "not-found");
    }

    @Test
    void aBadlyWrittenPeriodIsABadRequest() {
        String plan = newPlan();

        for (String period : new String[] {"2024-H3", "2024H1", "2024-h1"}) {
            problem(build(TestAccounts.COORDINATOR, plan, period), 400, "invalid-parameter")
                    .body("errors[0].path", equalTo("period"));
            problem(latest(TestAccounts.COORDINATOR, plan, period), 400, "invalid-parameter")
                    .body("errors[0].path", equalTo("period"));
            problem(versions(TestAccounts.COORDINATOR, plan, period), 400, "invalid-parameter");
        }
    }

    @Test
    void aPeriodOutsideThePlansReportingWindowIsABadRequest() {
        String plan = newPlan();

        for (String period : new String[] {"2031-H1", "2023-H2", "2029-H1"}) {
            problem(build(TestAccounts.COORDINATOR, plan, period), 400, "invalid-parameter")
                    .body("errors[0].path", equalTo("period"));
            problem(latest(TestAccounts.COORDINATOR, plan, period), 400, "invalid-parameter");
            problem(version(TestAccounts.COORDINATOR, plan, period, 1), 400, "invalid-parameter");
        }
    }

    @Test
    void anUnknownPlanIsNotFound() {
        problem(build(TestAccounts.COORDINATOR, "rpt-no-such-plan", "2025-H1"), 404, "not-found");
        problem(latest(TestAccounts.COORDINATOR, "rpt-no-such-plan", "2025-H1"), 404, "not-found");
        problem(versions(TestAccounts.COORDINATOR, "rpt-no-such-plan", "2025-H1"), 404, "not-found");
        problem(version(TestAccounts.COORDINATOR, "rpt-no-such-plan", "2025-H1", 1), 404, "not-found");
    }

    @Test
    void aBuildAskedInAnUnknownLanguageIsRefusedAndBuildsNothing() {
        String plan = newPlan();

        problem(as(TestAccounts.COORDINATOR).queryParam("lang", "de").when().post(url(plan, "2025-H1")).then(), 400,
                "invalid-parameter")
                .body("errors[0].path", equalTo("lang"));
        versions(TestAccounts.COORDINATOR, plan, "2025-H1").statusCode(200).body("", empty());
    }
}
