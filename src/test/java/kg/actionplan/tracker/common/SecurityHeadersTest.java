package kg.actionplan.tracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every response, an error or not, an API call or not, tells browsers not to sniff, frame or leak it.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static void hardened(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void successesErrorsAndTheManagementEndpointsCarryTheHeaders() {
        hardened(given().when().get("/api/v1/plans").then().statusCode(200));
        hardened(given().when().get("/api/v1/users").then().statusCode(401));
        hardened(given().when().get("/api/v1/no-such-thing").then().statusCode(404));
        hardened(given().when().get("/q/health").then().statusCode(200));
    }

    @Test
    void hstsOnlyOverTls() {
        given().when().get("/api/v1/plans").then().header("Strict-Transport-Security", nullValue());
        given().header("X-Forwarded-Proto", "https").when().get("/api/v1/plans")
                .then().header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
    }

    @Test
    void noCorsUnlessConfigured() {
        given().header("Origin", "https://elsewhere.example").when().get("/api/v1/plans")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/reports")
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }
}
