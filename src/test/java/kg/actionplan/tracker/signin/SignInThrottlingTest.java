package kg.actionplan.tracker.signin;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.signin.SignInAccounts.PASSWORD;
import static kg.actionplan.tracker.signin.SignInAccounts.newAccount;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.common.MutableClock;

/**
 * Five failed sign-ins for one account within 15 minutes (the default) refuse it for 15 minutes, whatever the
 * credential, without checking the password.
 */
@QuarkusTest
class SignInThrottlingTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse basic(String username, String password) {
        return given().auth().preemptive().basic(username, password).when().get("/api/v1/me").then();
    }

    private static void failFiveTimes(String username) {
        for (int i = 0; i < 5; i++) {
            basic(username, "not-the-password-" + i).statusCode(401);
        }
    }

    @Test
    void fiveWrongPasswordsRefuseTheAccountWith429AndRetryAfter() {
        String account = newAccount("OBSERVER", null);

        failFiveTimes(account);

        basic(account, "yet-another-guess").statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "900")
                .body("type", equalTo("urn:tracker:problem:too-many-failed-sign-ins"))
                .body("status", equalTo(429));
    }

    @Test
    void aRefusedAccountIsRefusedEvenWithTheRightPasswordUntilTheWindowPasses() {
        String account = newAccount("OBSERVER", null);
        failFiveTimes(account);

        clock.set(MutableClock.DEFAULT.plus(Duration.ofMinutes(10)));
        basic(account, PASSWORD).statusCode(429).header("Retry-After", "300");

        clock.set(MutableClock.DEFAULT.plus(Duration.ofMinutes(15)));
        basic(account, PASSWORD).statusCode(200).body("username", equalTo(account));
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String account = newAccount("OBSERVER", null);
        for (int i = 0; i < 4; i++) {
            basic(account, "wrong-" + i).statusCode(401);
        }
        basic(account, PASSWORD).statusCode(200);

        for (int i = 0; i < 4; i++) {
            basic(account, "wrong-again-" + i).statusCode(401);
        }
        basic(account, PASSWORD).statusCode(200);
    }

    @Test
    void browserSignInsAreThrottledLikeBasic() {
        String account = newAccount("OBSERVER", null);
        failFiveTimes(account);

        given().contentType(ContentType.JSON).body(Map.of("username", account, "password", PASSWORD))
                .when().post("/api/v1/session")
                .then().statusCode(429)
                .header("Retry-After", "900")
                .header("Set-Cookie", nullValue());
    }

    @Test
    void anotherAccountFromTheSameAddressIsNotAffected() {
        String refused = newAccount("OBSERVER", null);
        String other = newAccount("OBSERVER", null);
        failFiveTimes(refused);

        basic(other, PASSWORD).statusCode(200);
    }

    @Test
    void failedAndRefusedSignInsAreCountedInTheMetrics() {
        String wrongPassword = "tracker_sign_in_failures_total{credential=\"PASSWORD\",reason=\"wrong-password\"}";
        String throttled = "tracker_sign_in_refusals_total{credential=\"PASSWORD\",reason=\"throttled\"}";
        double failuresBefore = metric(wrongPassword);
        double refusalsBefore = metric(throttled);
        String account = newAccount("OBSERVER", null);

        failFiveTimes(account);
        basic(account, PASSWORD).statusCode(429);

        assertEquals(failuresBefore + 5, metric(wrongPassword));
        assertEquals(refusalsBefore + 1, metric(throttled));
    }

    /**
     * The value of one Prometheus series at /q/metrics, 0 while it has not been counted yet.
     */
    private static double metric(String series) {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
                .findFirst().orElse(0);
    }
}
