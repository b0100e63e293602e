package kg.actionplan.tracker.session;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.signin.SignInAccounts.PASSWORD;
import static kg.actionplan.tracker.signin.SignInAccounts.newAccount;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * Browser sessions: the password is checked at sign-in only; the cookie then signs requests in, its writes need the
 * CSRF token, and it ends at sign-out, after 30 idle minutes, 12 hours after sign-in, or when the password changes.
 */
@QuarkusTest
class BrowserSessionTest {

    private static final String SESSION = "/api/v1/session";

    @Inject
    MutableClock clock;

    @Inject
    SessionService sessions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Session(String cookie, String csrf) {
    }

    private static ExtractableResponse<Response> signIn(RequestSpecification request, String username) {
        return request.contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD))
                .when().post(SESSION)
                .then().statusCode(201).extract();
    }

    private static Session signIn(String username) {
        ExtractableResponse<Response> response = signIn(given(), username);
        return new Session(response.cookie(SessionService.COOKIE), response.path("csrfToken"));
    }

    private static RequestSpecification with(Session session) {
        return given().cookie(SessionService.COOKIE, session.cookie());
    }

    private static ValidatableResponse me(Session session) {
        return with(session).when().get("/api/v1/me").then();
    }

    private static ValidatableResponse changeLanguage(RequestSpecification request, String username) {
        return request.contentType(ContentType.JSON).body(Map.of("language", "ru"))
                .when().patch("/api/v1/users/" + username).then();
    }

    @Test
    void signingInSetsAnHttpOnlyStrictSessionCookie() {
        String observer = newAccount("OBSERVER", null);

        ExtractableResponse<Response> response = signIn(given(), observer);

        String setCookie = response.header("Set-Cookie");
        assertThat(setCookie, allOf(containsString(SessionService.COOKIE + "="),
                containsString("HttpOnly"), containsString("SameSite=Strict"), containsString("Path=/"),
                not(containsString("Secure"))));
        assertThat(response.path("username"), equalTo(observer));
        assertThat(response.path("role"), equalTo("OBSERVER"));
        assertThat(response.path("csrfToken"), matchesPattern("[A-Za-z0-9_-]{43}"));
        assertThat(response.path("idleTimeoutSeconds"), equalTo(1800));
        assertThat(response.path("expiresAt"), equalTo("2026-11-23T18:00:00Z"));
    }

    @Test
    void theCookieIsSecureWhenTheRequestCameOverTls() {
        String observer = newAccount("OBSERVER", null);

        String setCookie = signIn(given().header("X-Forwarded-Proto", "https"), observer).header("Set-Cookie");

        assertThat(setCookie, containsString("Secure"));
    }

    @Test
    void theCookieSignsRequestsInWithTheAccountsRights() {
        String reporter = newAccount("REPORTER", "BIM");
        Session session = signIn(reporter);

        me(session).statusCode(200)
                .body("username", equalTo(reporter))
                .body("agency", equalTo("BIM"))
                .body("signedInWith", equalTo("SESSION"));
        with(session).when().get("/api/v1/users").then().statusCode(403);
        with(session).when().get(SESSION).then().statusCode(200).body("csrfToken", equalTo(session.csrf()));
    }

    @Test
    void aWriteWithTheCookieButWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        String admin = newAccount("ADMIN", null);
        String target = newAccount("OBSERVER", null);
        Session session = signIn(admin);

        changeLanguage(with(session), target).statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:csrf-token-invalid"));
        changeLanguage(with(session).header(SessionService.CSRF_HEADER, "not-" + session.csrf()), target)
                .statusCode(403);
        as(TestAccounts.ADMIN).when().get("/api/v1/users/" + target).then().body("language", equalTo("ky"));

        changeLanguage(with(session).header(SessionService.CSRF_HEADER, session.csrf()), target).statusCode(200)
                .body("language", equalTo("ru"));
    }

    @Test
    void signingOutEndsTheSessionAndClearsTheCookie() {
        String observer = newAccount("OBSERVER", null);
        Session session = signIn(observer);

        with(session).when().delete(SESSION).then().statusCode(403);
        String cleared = with(session).header(SessionService.CSRF_HEADER, session.csrf())
                .when().delete(SESSION)
                .then().statusCode(204).extract().header("Set-Cookie");

        assertThat(cleared, allOf(containsString(SessionService.COOKIE + "=;"),
                containsString("Max-Age=0")));
        me(session).statusCode(401);
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        Session session = signIn(newAccount("OBSERVER", null));

        clock.set(MutableClock.DEFAULT.plus(Duration.ofMinutes(29)));
        me(session).statusCode(200);
        clock.set(MutableClock.DEFAULT.plus(Duration.ofMinutes(29 + 29)));
        me(session).statusCode(200);
        clock.set(MutableClock.DEFAULT.plus(Duration.ofMinutes(29 + 29 + 30)));
        me(session).statusCode(401);
    }

    @Test
    void aBusySessionEndsTwelveHoursAfterSignIn() {
        Session session = signIn(newAccount("OBSERVER", null));

        for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
            clock.set(MutableClock.DEFAULT.plus(Duration.ofMinutes(minutes)));
            me(session).statusCode(200);
        }
        clock.set(MutableClock.DEFAULT.plus(Duration.ofHours(12)));
        me(session).statusCode(401);
    }

    @Test
    void aWrongPasswordOpensNoSession() {
        String observer = newAccount("OBSERVER", null);

        given().contentType(ContentType.JSON).body(Map.of("username", observer, "password", "not-the-password"))
                .when().post(SESSION)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("Set-Cookie", nullValue());
    }

    @Test
    void aMadeUpCookieIsUnauthorized() {
        given().cookie(SessionService.COOKIE, "made-up").when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aDisabledAccountsSessionOpensNothing() {
        String observer = newAccount("OBSERVER", null);
        Session session = signIn(observer);

        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().patch("/api/v1/users/" + observer).then().statusCode(200);

        me(session).statusCode(401);
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() {
        String observer = newAccount("OBSERVER", null);
        Session laptop = signIn(observer);
        Session phone = signIn(observer);

        with(laptop).header(SessionService.CSRF_HEADER, laptop.csrf()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "a-brand-new-password"))
                .when().put("/api/v1/me/password")
                .then().statusCode(204);

        me(laptop).statusCode(200);
        me(phone).statusCode(401);
    }

    @Test
    void anAdministratorsPasswordResetEndsEverySession() {
        String observer = newAccount("OBSERVER", null);
        Session session = signIn(observer);

        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("password", "reset-by-the-admin"))
                .when().patch("/api/v1/users/" + observer).then().statusCode(200);

        me(session).statusCode(401);
    }

    @Test
    void sessionsClosedForMoreThanADayAreForgotten() {
        Session session = signIn(newAccount("OBSERVER", null));
        with(session).header(SessionService.CSRF_HEADER, session.csrf()).when().delete(SESSION).then().statusCode(204);

        clock.set(MutableClock.DEFAULT.plus(Duration.ofDays(1)));
        assertThat(sessions.forgetClosed(), equalTo(0L));

        clock.set(MutableClock.DEFAULT.plus(Duration.ofDays(1)).plusSeconds(1));
        assertThat(sessions.forgetClosed(), greaterThanOrEqualTo(1L));
        assertThat(sessions.forgetClosed(), equalTo(0L));
    }

    @Test
    void aRequestWithoutASessionHasNoSessionToShow() {
        String observer = newAccount("OBSERVER", null);

        given().auth().preemptive().basic(observer, PASSWORD).when().get(SESSION)
                .then().statusCode(404).body("csrfToken", nullValue());
    }
}
