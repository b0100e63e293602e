package kg.actionplan.tracker.web;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import kg.actionplan.tracker.session.SessionService;

/**
 * A browser as the page tests drive it without a browser: the cookies it holds and the CSRF token its last page's
 * forms carried.
 */
record PageSession(String formCookie, String sessionCookie) {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

    /** Opens the sign-in page and signs in there, as a person would. */
    static PageSession signIn(String username, String password) {
        Response form = given().when().get("/sign-in");
        String formCookie = form.cookie(PageContext.FORM_COOKIE);
        Response signedIn = given().redirects().follow(false).cookie(PageContext.FORM_COOKIE, formCookie)
                .formParam("csrf", formCookie).formParam("username", username).formParam("password", password)
                .formParam("next", "/plans")
                .when().post("/sign-in");
        if (signedIn.statusCode() != 303) {
            throw new AssertionError("sign-in answered " + signedIn.statusCode());
        }
        return new PageSession(formCookie, signedIn.cookie(SessionService.COOKIE));
    }

    RequestSpecification request() {
        return given().redirects().follow(false).cookie(SessionService.COOKIE, sessionCookie);
    }

    /** The CSRF token that the forms of the page at {@code path} carry. */
    String csrfOf(String path) {
        return csrfIn(request().when().get(path).asString());
    }

    static String csrfIn(String html) {
        Matcher token = CSRF.matcher(html);
        if (!token.find()) {
            throw new AssertionError("the page has no form with a CSRF token");
        }
        return token.group(1);
    }
}
