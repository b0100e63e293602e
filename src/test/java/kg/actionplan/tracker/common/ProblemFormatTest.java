package kg.actionplan.tracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * Whatever goes wrong, the client gets one error format and never a stack trace.
 */
@QuarkusTest
class ProblemFormatTest {

    @Test
    void anUnknownAddressIsANotFoundProblem() {
        given()
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:not-found"))
                .body("title", equalTo("Not found"))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void anUnsupportedMethodIsAMethodNotAllowedProblem() {
        given()
                .when().delete("/api/v1/plans")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:method-not-allowed"));
    }

    @Test
    void askingForAMediaTypeTheResourceCannotProduceIsANotAcceptableProblem() {
        given()
                .accept("application/xml")
                .when().get("/api/v1/plans")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:not-acceptable"));
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedBeforeItIsRead() {
        TestAccounts.as(TestAccounts.COORDINATOR)
                .contentType("application/json")
                .body("{\"padding\": \"" + "x".repeat(1024 * 1024) + "\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:payload-too-large"));
    }

    @Test
    void malformedJsonNamesWhereItBroke() {
        TestAccounts.as(TestAccounts.COORDINATOR)
                .contentType("application/json")
                .body("{\"formatVersion\": }")
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:malformed-body"))
                .body("detail", containsString("line 1"))
                .body("detail", not(containsString("com.fasterxml")));
    }
}
