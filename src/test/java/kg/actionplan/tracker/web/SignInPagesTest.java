package kg.actionplan.tracker.web;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.signin.SignInAccounts.PASSWORD;
import static kg.actionplan.tracker.signin.SignInAccounts.newAccount;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import kg.actionplan.tracker.session.SessionService;

/**
 * Signing in and out of the pages and the language switch: every form needs its CSRF token, and a refused form
 * changes nothing.
 */
@QuarkusTest
class SignInPagesTest {

    @Test
    void theSignInFormCarriesTheTokenOfItsCookie() {
        Response form = given().when().get("/sign-in");
        String cookie = form.cookie(PageContext.FORM_COOKIE);
        form.then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        assertThat(PageSession.csrfIn(form.asString()), equalTo(cookie));
    }

    @Test
    void signingInSendsTheBrowserBackWhereItWasGoing() {
        String user = newAccount("OBSERVER", null);
        String formCookie = given().when().get("/sign-in").cookie(PageContext.FORM_COOKIE);
        given().redirects().follow(false).cookie(PageContext.FORM_COOKIE, formCookie)
                .formParam("csrf", formCookie).formParam("username", user).formParam("password", PASSWORD)
                .formParam("next", "/plans/cybersecurity-2019-2023")
                .when().post("/sign-in")
                .then().statusCode(303).header("Location", endsWith("/plans/cybersecurity-2019-2023"))
                .cookie(SessionService.COOKIE, not(emptyOrNullString()));
    }

    @Test
    void aSignInFormWithoutItsTokenIsRefusedAndOpensNoSession() {
        String user = newAccount("OBSERVER", null);
        String formCookie = given().when().get("/sign-in").cookie(PageContext.FORM_COOKIE);
        given().redirects().follow(false).cookie(PageContext.FORM_COOKIE, formCookie)
                .formParam("csrf", "forged").formParam("username", user).formParam("password", PASSWORD)
                .when().post("/sign-in")
                .then().statusCode(403).contentType(containsString("text/html"))
                .header("Set-Cookie", nullValue());
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithTheReason() {
        String user = newAccount("OBSERVER", null);
        String formCookie = given().when().get("/sign-in").cookie(PageContext.FORM_COOKIE);
        given().header("Accept-Language", "en").cookie(PageContext.FORM_COOKIE, formCookie)
                .formParam("csrf", formCookie).formParam("username", user).formParam("password", "wrong-password")
                .when().post("/sign-in")
                .then().statusCode(401).contentType(containsString("text/html"))
                .body(containsString("The username or password is wrong"))
                .header("Set-Cookie", nullValue());
    }

    @Test
    void signingInNeverSendsTheBrowserToAnotherSite() {
        for (String next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "/a b"}) {
            assertThat(SignInPages.local(next), equalTo("/"));
        }
        assertThat(SignInPages.local("/reports/7?x=1"), equalTo("/reports/7?x=1"));
    }

    @Test
    void theChosenLanguageIsRememberedForTheAccount() {
        String user = newAccount("OBSERVER", null);
        PageSession browser = PageSession.signIn(user, PASSWORD);
        browser.request().formParam("csrf", browser.csrfOf("/plans")).formParam("language", "en")
                .formParam("next", "/plans")
                .when().post("/language")
                .then().statusCode(303);
        PageSession again = PageSession.signIn(user, PASSWORD);
        again.request().when().get("/plans")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"), containsString("Sign out"));
    }

    @Test
    void aPageFormWithAnotherTokenIsRefusedAndChangesNothing() {
        String user = newAccount("OBSERVER", null);
        PageSession browser = PageSession.signIn(user, PASSWORD);
        browser.request().formParam("csrf", browser.formCookie()).formParam("language", "en")
                .formParam("next", "/plans")
                .when().post("/language")
                .then().statusCode(403);
        browser.request().when().get("/plans")
                .then().statusCode(200).body(containsString("<html lang=\"ky\">"));
    }

    @Test
    void aPostToAPageWithoutAFormIsRefusedAndChangesNothing() {
        String user = newAccount("OBSERVER", null);
        PageSession browser = PageSession.signIn(user, PASSWORD);
        browser.request().when().post("/sign-out")
                .then().statusCode(403).contentType(containsString("text/html"));
        browser.request().contentType("application/json").body("{\"csrf\": \"" + browser.csrfOf("/plans") + "\"}")
                .when().post("/sign-out")
                .then().statusCode(403);
        browser.request().when().get("/api/v1/session").then().statusCode(200);
    }

    @Test
    void signingOutEndsTheSession() {
        String user = newAccount("OBSERVER", null);
        PageSession browser = PageSession.signIn(user, PASSWORD);
        browser.request().formParam("csrf", browser.csrfOf("/plans"))
                .when().post("/sign-out")
                .then().statusCode(303).header("Location", containsString("/sign-in"));
        browser.request().when().get("/api/v1/session").then().statusCode(401);
    }
}
