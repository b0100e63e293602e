package kg.actionplan.tracker.signin;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.signin.SignInAccounts.PASSWORD;
import static kg.actionplan.tracker.signin.SignInAccounts.newAccount;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.session.SessionService;

/**
 * What an account does for itself: reads its own account and changes its own password.
 */
@QuarkusTest
class SelfServiceTest {

    private static ValidatableResponse changePassword(String username, String password, Object body) {
        return given().auth().preemptive().basic(username, password).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/me/password").then();
    }

    @Test
    void meShowsTheCallersOwnAccount() {
        String reporter = newAccount("REPORTER", "UKMK");

        given().auth().preemptive().basic(reporter, PASSWORD).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo(reporter))
                .body("role", equalTo("REPORTER"))
                .body("agency", equalTo("UKMK"))
                .body("email", equalTo(reporter + "@tracker.gov.kg"))
                .body("language", equalTo("ky"))
                .body("signedInWith", equalTo("PASSWORD"))
                .body("password", nullValue());
    }

    @Test
    void meWithoutCredentialsIsUnauthorized() {
        given().when().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anAccountChangesItsPasswordAndTheOldOneStopsWorking() {
        String observer = newAccount("OBSERVER", null);

        changePassword(observer, PASSWORD, Map.of("currentPassword", PASSWORD, "newPassword", "my-own-new-password"))
                .statusCode(204);

        given().auth().preemptive().basic(observer, PASSWORD).when().get("/api/v1/me").then().statusCode(401);
        given().auth().preemptive().basic(observer, "my-own-new-password").when().get("/api/v1/me")
                .then().statusCode(200);
        as(TestAccounts.ADMIN).queryParam("subjectType", "ACCOUNT").queryParam("subjectId", observer)
                .when().get("/api/v1/audit")
                .then().body("action", contains("ACCOUNT_PASSWORD_CHANGED", "ACCOUNT_CREATED"));
    }

    @Test
    void aWrongCurrentPasswordIsForbiddenChangesNothingAndCountsAsAFailedSignIn() {
        // From a browser session left open: the case in which someone may guess at the password.
        String observer = newAccount("OBSERVER", null);
        ExtractableResponse<Response> session = given().contentType(ContentType.JSON)
                .body(Map.of("username", observer, "password", PASSWORD))
                .when().post("/api/v1/session").then().statusCode(201).extract();
        Map<String, String> change = Map.of("currentPassword", "not-my-password", "newPassword", "my-own-new-password");
        Supplier<ValidatableResponse> attempt = () -> given()
                .cookie(SessionService.COOKIE, session.cookie(SessionService.COOKIE))
                .header(SessionService.CSRF_HEADER, session.<String>path("csrfToken"))
                .contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/me/password").then();

        for (int i = 0; i < 5; i++) {
            attempt.get().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("The current password is not right."));
        }

        attempt.get().statusCode(429).header("Retry-After", "900");
        given().auth().preemptive().basic(observer, PASSWORD).when().get("/api/v1/me").then().statusCode(429);
    }

    @Test
    void theNewPasswordFollowsThePasswordRules() {
        String observer = newAccount("OBSERVER", null);

        changePassword(observer, PASSWORD, Map.of("currentPassword", PASSWORD, "newPassword", "too-short"))
                .statusCode(422).body("errors.path", hasItem("/newPassword"));
        changePassword(observer, PASSWORD, Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD))
                .statusCode(422).body("errors.path", hasItem("/newPassword"));
        changePassword(observer, PASSWORD, Map.of("newPassword", "my-own-new-password"))
                .statusCode(422).body("errors.path", hasItem("/currentPassword"));

        given().auth().preemptive().basic(observer, PASSWORD).when().get("/api/v1/me").then().statusCode(200);
    }
}
