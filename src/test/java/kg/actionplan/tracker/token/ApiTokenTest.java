package kg.actionplan.tracker.token;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTS;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.entryIs;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.signin.SignInAccounts.PASSWORD;
import static kg.actionplan.tracker.signin.SignInAccounts.newAccount;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * API tokens: an agency's system signs in with a token instead of a password, with its account's rights, until the
 * token expires or is revoked. The test clock stands at 2026-11-23 (Bishkek).
 */
@QuarkusTest
class ApiTokenTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String tokens(String username) {
        return "/api/v1/users/" + username + "/tokens";
    }

    private static ValidatableResponse issue(RequestSpecification as, String username, Object body) {
        return as.contentType(ContentType.JSON).body(body).when().post(tokens(username)).then();
    }

    /**
     * Issues a token for {@code username}, signed in with its own password, and returns the secret.
     */
    private static String tokenOf(String username) {
        return issue(given().auth().preemptive().basic(username, PASSWORD), username,
                Map.of("name", "agency system", "expiresOn", "2027-06-30"))
                .statusCode(201).extract().path("token");
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static void unauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:unauthorized"))
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void anAccountIssuesItselfATokenWhoseSecretIsShownOnce() {
        String reporter = newAccount("REPORTER", "BIM");

        String token = issue(given().auth().preemptive().basic(reporter, PASSWORD), reporter,
                Map.of("name", "BIM reporting system", "expiresOn", "2027-06-30"))
                .statusCode(201)
                .header("Location", containsString(tokens(reporter) + "/"))
                .body("name", equalTo("BIM reporting system"))
                .body("expiresOn", equalTo("2027-06-30"))
                .body("createdAt", equalTo(MutableClock.DEFAULT.toString()))
                .body("token", matchesPattern("apt_[A-Za-z0-9_-]{43}"))
                .extract().path("token");

        as(TestAccounts.ADMIN).when().get(tokens(reporter))
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].name", equalTo("BIM reporting system"))
                .body("[0].prefix", equalTo(token.substring(0, 12)))
                .body("[0].status", equalTo("ACTIVE"))
                .body("[0].token", nullValue())
                .body(not(containsString(token.substring(12))));
    }

    @Test
    void aTokenActsWithItsAccountsRoleAndAgency() {
        String reporter = newAccount("REPORTER", "UKMK");
        String token = tokenOf(reporter);
        long report = createReport(TestAccounts.REPORTER_UKMK, newPlan(), "2024-H1", "UKMK");

        bearer(token).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo(reporter))
                .body("role", equalTo("REPORTER"))
                .body("agency", equalTo("UKMK"))
                .body("signedInWith", equalTo("TOKEN"));
        bearer(token).contentType(ContentType.JSON).header("If-Match", "*")
                .body(inProgress(40, "Written by the agency's system"))
                .when().put(REPORTS + "/" + report + "/entries/1.1")
                .then().statusCode(200);
        entryIs(TestAccounts.REPORTER_UKMK, report, "1.1", "IN_PROGRESS", 40);
        bearer(token).when().get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void aReportersTokenGets404ForAnotherAgencysReport() {
        String bimReporter = newAccount("REPORTER", "BIM");
        long ukmkReport = createReport(TestAccounts.REPORTER_UKMK, newPlan(), "2024-H1", "UKMK");

        bearer(tokenOf(bimReporter)).when().get(REPORTS + "/" + ukmkReport)
                .then().statusCode(404)
                .body("type", equalTo("urn:tracker:problem:not-found"));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        String observer = newAccount("OBSERVER", null);
        String token = tokenOf(observer);
        bearer(token).when().get("/api/v1/me").then().statusCode(200);
        long id = given().auth().preemptive().basic(observer, PASSWORD).when().get(tokens(observer))
                .then().extract().jsonPath().getLong("[0].id");

        given().auth().preemptive().basic(observer, PASSWORD).when().delete(tokens(observer) + "/" + id)
                .then().statusCode(204);

        unauthorized(bearer(token).when().get("/api/v1/me").then());
        as(TestAccounts.ADMIN).when().get(tokens(observer))
                .then().body("[0].status", equalTo("REVOKED"))
                .body("[0].revokedBy", equalTo(observer))
                .body("[0].revokedAt", equalTo(MutableClock.DEFAULT.toString()));
        as(TestAccounts.ADMIN).queryParam("subjectType", "API_TOKEN").queryParam("subjectId", String.valueOf(id))
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("action", contains("TOKEN_REVOKED", "TOKEN_ISSUED"));
    }

    @Test
    void revokingTwiceChangesNothingAndAnUnknownTokenIsNotFound() {
        String observer = newAccount("OBSERVER", null);
        tokenOf(observer);
        long id = as(TestAccounts.ADMIN).when().get(tokens(observer)).then().extract().jsonPath().getLong("[0].id");

        as(TestAccounts.ADMIN).when().delete(tokens(observer) + "/" + id).then().statusCode(204);
        as(TestAccounts.ADMIN).when().delete(tokens(observer) + "/" + id).then().statusCode(204);
        as(TestAccounts.ADMIN).when().delete(tokens(observer) + "/" + (id + 100000)).then().statusCode(404)
                .contentType(PROBLEM_JSON);

        as(TestAccounts.ADMIN).queryParam("subjectType", "API_TOKEN").queryParam("subjectId", String.valueOf(id))
                .when().get("/api/v1/audit")
                .then().body("action", contains("TOKEN_REVOKED", "TOKEN_ISSUED"));
    }

    @Test
    void aTokenWorksThroughItsExpiryDateInBishkekAndNotAfter() {
        String observer = newAccount("OBSERVER", null);
        String token = issue(given().auth().preemptive().basic(observer, PASSWORD), observer,
                Map.of("name", "short-lived", "expiresOn", "2026-11-30"))
                .statusCode(201).extract().path("token");

        clock.set(Instant.parse("2026-11-30T17:59:59Z"));
        bearer(token).when().get("/api/v1/me").then().statusCode(200);

        clock.set(Instant.parse("2026-11-30T18:00:00Z"));
        unauthorized(bearer(token).when().get("/api/v1/me").then());
        as(TestAccounts.ADMIN).when().get(tokens(observer)).then().body("[0].status", equalTo("EXPIRED"));
    }

    @Test
    void malformedAndUnknownTokensAreUnauthorized() {
        unauthorized(bearer("not-a-token").when().get("/api/v1/me").then());
        unauthorized(bearer("apt_" + "A".repeat(43)).when().get("/api/v1/me").then());
        unauthorized(given().header("Authorization", "Bearer").when().get("/api/v1/me").then());
    }

    @Test
    void aDisabledAccountsTokenIsUnauthorizedUntilItIsEnabledAgain() {
        String observer = newAccount("OBSERVER", null);
        String token = tokenOf(observer);

        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().patch("/api/v1/users/" + observer).then().statusCode(200);
        unauthorized(bearer(token).when().get("/api/v1/me").then());

        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .when().patch("/api/v1/users/" + observer).then().statusCode(200);
        bearer(token).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void lastUseIsRecordedAtMostOnceAMinute() {
        String observer = newAccount("OBSERVER", null);
        String token = tokenOf(observer);
        as(TestAccounts.ADMIN).when().get(tokens(observer)).then().body("[0].lastUsedAt", nullValue());

        bearer(token).when().get("/api/v1/me").then().statusCode(200);
        clock.set(MutableClock.DEFAULT.plusSeconds(59));
        bearer(token).when().get("/api/v1/me").then().statusCode(200);
        as(TestAccounts.ADMIN).when().get(tokens(observer))
                .then().body("[0].lastUsedAt", equalTo(MutableClock.DEFAULT.toString()));

        clock.set(MutableClock.DEFAULT.plusSeconds(60));
        bearer(token).when().get("/api/v1/me").then().statusCode(200);
        as(TestAccounts.ADMIN).when().get(tokens(observer))
                .then().body("[0].lastUsedAt", equalTo(MutableClock.DEFAULT.plusSeconds(60).toString()));
    }

    @Test
    void anAdministratorIssuesTokensForAnyAccountAndTheIssueIsAudited() {
        String reporter = newAccount("REPORTER", "BIM");

        var issued = issue(as(TestAccounts.ADMIN), reporter, Map.of("name", "issued by admin", "expiresOn", "2027-11-23"))
                .statusCode(201).extract().jsonPath();
        long id = issued.getLong("id");
        String secret = issued.getString("token");

        as(TestAccounts.ADMIN).queryParam("subjectType", "API_TOKEN").queryParam("subjectId", String.valueOf(id))
                .when().get("/api/v1/audit")
                .then().body("action", contains("TOKEN_ISSUED"))
                .body("[0].actor", equalTo(TestAccounts.ADMIN))
                .body("[0].summary", containsString("for account " + reporter))
                .body("[0].summary", containsString(secret.substring(0, 12)))
                .body("[0].summary", not(containsString(secret.substring(12))));
    }

    @Test
    void anAccountCannotManageAnotherAccountsTokens() {
        String reporter = newAccount("REPORTER", "BIM");
        String other = newAccount("OBSERVER", null);
        tokenOf(other);

        RequestSpecification asReporter = given().auth().preemptive().basic(reporter, PASSWORD);
        issue(asReporter, other, Map.of("name", "not mine", "expiresOn", "2027-01-01"))
                .statusCode(403).contentType(PROBLEM_JSON);
        given().auth().preemptive().basic(reporter, PASSWORD).when().get(tokens(other)).then().statusCode(403);
        as(TestAccounts.ADMIN).when().get(tokens(other)).then().body("", hasSize(1));
    }

    @Test
    void aTokenCannotIssueTokens() {
        String observer = newAccount("OBSERVER", null);
        String token = tokenOf(observer);

        issue(bearer(token), observer, Map.of("name", "second", "expiresOn", "2027-01-01"))
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("password"));
        bearer(token).when().get(tokens(observer)).then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void anExpiryInThePastOrBeyondAYearIsRefused() {
        String observer = newAccount("OBSERVER", null);
        RequestSpecification asObserver = given().auth().preemptive().basic(observer, PASSWORD);

        issue(asObserver, observer, Map.of("name", "old", "expiresOn", "2026-11-22"))
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("errors[0].path", equalTo("/expiresOn"));
        issue(given().auth().preemptive().basic(observer, PASSWORD), observer,
                Map.of("name", "forever", "expiresOn", "2027-11-24"))
                .statusCode(422).body("errors[0].path", equalTo("/expiresOn"));
        issue(given().auth().preemptive().basic(observer, PASSWORD), observer,
                Map.of("name", "a year", "expiresOn", "2027-11-23"))
                .statusCode(201);
        issue(given().auth().preemptive().basic(observer, PASSWORD), observer,
                Map.of("name", "today only", "expiresOn", "2026-11-23"))
                .statusCode(201);
    }

    @Test
    void aTokenNeedsANameAndAnExpiryDate() {
        String observer = newAccount("OBSERVER", null);

        issue(given().auth().preemptive().basic(observer, PASSWORD), observer,
                Map.of("name", " ", "expiresOn", "2027-01-01"))
                .statusCode(422).body("errors.path", hasItem("/name"));
        issue(given().auth().preemptive().basic(observer, PASSWORD), observer, Map.of("name", "no expiry"))
                .statusCode(422).body("errors.path", hasItem("/expiresOn"));
        issue(given().auth().preemptive().basic(observer, PASSWORD), observer,
                Map.of("name", "bad date", "expiresOn", "next year"))
                .statusCode(422);
        as(TestAccounts.ADMIN).when().get(tokens(observer)).then().body("", hasSize(0));
    }

    @Test
    void aTokenForAnUnknownAccountIsNotFound() {
        issue(as(TestAccounts.ADMIN), "nobody-here", Map.of("name", "x", "expiresOn", "2027-01-01"))
                .statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void theTokenListShowsNoSecretAndStartsWithTheNewest() {
        String observer = newAccount("OBSERVER", null);
        tokenOf(observer);
        String second = issue(given().auth().preemptive().basic(observer, PASSWORD), observer,
                Map.of("name", "second", "expiresOn", "2027-02-01")).statusCode(201).extract().path("token");

        given().auth().preemptive().basic(observer, PASSWORD).when().get(tokens(observer))
                .then().statusCode(200)
                .body("name", contains("second", "agency system"))
                .body("prefix", hasItem(startsWith("apt_")))
                .body(not(containsString(second)));
    }
}
