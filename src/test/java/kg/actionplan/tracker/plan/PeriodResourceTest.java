package kg.actionplan.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PeriodResourceTest {

    @Test
    void halfYearsRunFromTheSecondHalfOf2019ToTheSecondHalfOf2023() {
        given()
                .when().get(PlanResourceTest.PLAN + "/periods")
                .then().statusCode(200)
                .body("id", contains("2019-H2", "2020-H1", "2020-H2", "2021-H1", "2021-H2", "2022-H1", "2022-H2",
                        "2023-H1", "2023-H2"));
    }

    @Test
    void aFirstHalfIsReportedByThe5thOfJulyAndConsolidatedByThe25th() {
        given()
                .when().get(PlanResourceTest.PLAN + "/periods")
                .then().statusCode(200)
                .body("find { it.id == '2020-H1' }.start", equalTo("2020-01-01"))
                .body("find { it.id == '2020-H1' }.end", equalTo("2020-06-30"))
                .body("find { it.id == '2020-H1' }.agencyReportDue", equalTo("2020-07-05"))
                .body("find { it.id == '2020-H1' }.consolidatedReportDue", equalTo("2020-07-25"));
    }

    @Test
    void theLastHalfYearIsReportedInJanuary2024() {
        given()
                .when().get(PlanResourceTest.PLAN + "/periods")
                .then().statusCode(200)
                .body("find { it.id == '2023-H2' }.end", equalTo("2023-12-31"))
                .body("find { it.id == '2023-H2' }.agencyReportDue", equalTo("2024-01-05"))
                .body("find { it.id == '2023-H2' }.consolidatedReportDue", equalTo("2024-01-25"));
    }

    @Test
    void periodsOfAnUnknownPlanAreNotFound() {
        given()
                .when().get("/api/v1/plans/no-such-plan/periods")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:not-found"));
    }
}
