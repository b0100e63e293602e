package kg.actionplan.tracker.web;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.signin.SignInAccounts.PASSWORD;
import static kg.actionplan.tracker.signin.SignInAccounts.newAccount;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.ServiceZone;

/**
 * The administrator's pages: accounts and their tokens change exactly as through the API, only for the roles the API
 * allows, only with the form's CSRF token, and what users typed is shown as text.
 */
@QuarkusTest
class AdminPagesTest {

    private static final Pattern SECRET = Pattern.compile("apt_[A-Za-z0-9_-]{43}");

    @Test
    void anAdministratorCreatesAnAccountThroughThePage() {
        PageSession admin = admin();
        String username = fresh();
        admin.request().formParams(create(admin, username, "REPORTER", "BIM"))
                .when().post("/admin/accounts")
                .then().statusCode(303).header("Location", endsWith("/admin/accounts/" + username));

        as(TestAccounts.ADMIN).when().get("/api/v1/users/" + username)
                .then().statusCode(200)
                .body("role", equalTo("REPORTER")).body("agency", equalTo("BIM"))
                .body("email", equalTo(username + "@tracker.gov.kg")).body("language", equalTo("ru"))
                .body("enabled", equalTo(true));
        given().auth().preemptive().basic(username, PASSWORD).when().get("/api/v1/me").then().statusCode(200);
        admin.request().when().get("/admin/accounts/" + username)
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString(username + "@tracker.gov.kg"));
    }

    @Test
    void theAccountsPageListsTheAccounts() {
        String username = newAccount("OBSERVER", null);
        PageSession admin = admin();
        String first = admin.request().when().get("/admin/accounts").then().statusCode(200).extract().asString();
        assertThat(first, containsString("<th scope=\"col\">"));
        assertThat(first, containsString("<label for=\"username\">"));
        // Listed by username, 50 a page: follow the pages until the new account shows.
        String html = first;
        Matcher next = Pattern.compile("href=\"/admin/accounts\\?after=([^\"]+)\"").matcher(html);
        while (!html.contains(">" + username + "</a>") && next.find()) {
            html = admin.request().queryParam("after", next.group(1)).when().get("/admin/accounts")
                    .then().statusCode(200).extract().asString();
            next = Pattern.compile("href=\"/admin/accounts\\?after=([^\"]+)\"").matcher(html);
        }
        assertThat(html, containsString("href=\"/admin/accounts/" + username + "\""));
    }

    @Test
    void thePagesSpeakTheAdministratorsLanguage() {
        String kyrgyz = newAccount("ADMIN", null);
        PageSession ky = PageSession.signIn(kyrgyz, PASSWORD);
        String accounts = ky.request().when().get("/admin/accounts").then().statusCode(200).extract().asString();
        assertThat(accounts, containsString("<html lang=\"ky\">"));
        assertThat(accounts, containsString("Каттоо эсептери"));
        String russian = newAccount("ADMIN", null);
        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("language", "ru"))
                .when().patch("/api/v1/users/" + russian).then().statusCode(200);
        PageSession ru = PageSession.signIn(russian, PASSWORD);
        String account = ru.request().when().get("/admin/accounts/" + kyrgyz).then().statusCode(200).extract()
                .asString();
        assertThat(account, containsString("Учётная запись " + kyrgyz));
        String agencies = ru.request().when().get("/admin/agencies").then().statusCode(200).extract().asString();
        assertThat(agencies, containsString("Получатели оповещений"));
    }

    @Test
    void aCoordinatorMayNotSeeOrCreateAccounts() {
        PageSession coordinator = PageSession.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        coordinator.request().when().get("/admin/accounts")
                .then().statusCode(403).contentType(containsString("text/html"));
        String username = fresh();
        coordinator.request().formParams(create(coordinator, username, "OBSERVER", null))
                .when().post("/admin/accounts")
                .then().statusCode(403);
        coordinator.request().when().get("/admin/accounts/" + TestAccounts.OBSERVER).then().statusCode(403);

        as(TestAccounts.ADMIN).when().get("/api/v1/users/" + username).then().statusCode(404);
    }

    @Test
    void withoutSigningInThePagesSendTheBrowserToSignIn() {
        given().redirects().follow(false).when().get("/admin/accounts")
                .then().statusCode(303).header("Location", containsString("/sign-in"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndCreatesNothing() {
        PageSession admin = admin();
        String username = fresh();
        Map<String, String> form = create(admin, username, "OBSERVER", null);
        form.remove("csrf");
        admin.request().formParams(form).when().post("/admin/accounts")
                .then().statusCode(403).contentType(containsString("text/html"));
        form.put("csrf", "forged");
        admin.request().formParams(form).when().post("/admin/accounts").then().statusCode(403);

        as(TestAccounts.ADMIN).when().get("/api/v1/users/" + username).then().statusCode(404);
    }

    @Test
    void aReporterWithoutAnAgencyIsShownAgainWithTheReasonAndNotCreated() {
        PageSession admin = admin();
        String username = fresh();
        String html = admin.request().formParams(create(admin, username, "REPORTER", null))
                .when().post("/admin/accounts")
                .then().statusCode(422).contentType(containsString("text/html")).extract().asString();

        assertThat(html, containsString("href=\"#agency\""));
        assertThat(html, containsString("a REPORTER must be bound to an agency"));
        assertThat(html, containsString("value=\"" + username + "\""));
        as(TestAccounts.ADMIN).when().get("/api/v1/users/" + username).then().statusCode(404);
    }

    @Test
    void aBlankUsernameAndAShortPasswordAreRefusedAsByTheApi() {
        PageSession admin = admin();
        Map<String, String> form = create(admin, "", "OBSERVER", null);
        form.put("password", "short");
        String html = admin.request().formParams(form).when().post("/admin/accounts")
                .then().statusCode(422).extract().asString();

        assertThat(html, containsString("href=\"#username\""));
        assertThat(html, containsString("href=\"#password\""));
        assertThat(html, containsString("must be 12 to 128 characters long"));
    }

    @Test
    void aTakenUsernameIsShownOnTheForm() {
        PageSession admin = admin();
        String username = newAccount("OBSERVER", null);
        String html = admin.request().formParams(create(admin, username, "COORDINATOR", null))
                .when().post("/admin/accounts")
                .then().statusCode(409).contentType(containsString("text/html")).extract().asString();

        assertThat(html, containsString("role=\"alert\""));
        assertThat(html, containsString(username));
        as(TestAccounts.ADMIN).when().get("/api/v1/users/" + username).then().body("role", equalTo("OBSERVER"));
    }

    @Test
    void markupTypedIntoAFormIsShownAsText() {
        PageSession admin = admin();
        String html = admin.request().formParams(create(admin, "<b>bold</b>", "OBSERVER", null))
                .when().post("/admin/accounts")
                .then().statusCode(422).extract().asString();

        assertThat(html, containsString("value=\"&lt;b&gt;bold&lt;/b&gt;\""));
        assertThat(html, not(containsString("<b>bold</b>")));
    }

    @Test
    void anAccountsAddressIsShownAsText() {
        String username = newAccount("OBSERVER", null);
        String email = "\"<i>" + username + "</i>\"@tracker.gov.kg";
        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("email", email))
                .when().patch("/api/v1/users/" + username)
                .then().statusCode(200);

        String html = admin().request().when().get("/admin/accounts/" + username)
                .then().statusCode(200).extract().asString();
        assertThat(html, containsString("&quot;&lt;i&gt;" + username + "&lt;/i&gt;&quot;@tracker.gov.kg"));
        assertThat(html, not(containsString("<i>" + username)));
    }

    @Test
    void anAdministratorChangesAnAccountsRoleAgencyAndLanguage() {
        String username = newAccount("OBSERVER", null);
        PageSession admin = admin();
        admin.request().formParam("csrf", admin.csrfOf("/admin/accounts/" + username))
                .formParam("role", "REPORTER").formParam("agency", "UKMK").formParam("email", "")
                .formParam("language", "en")
                .when().post("/admin/accounts/" + username)
                .then().statusCode(303).header("Location", endsWith("/admin/accounts/" + username));

        as(TestAccounts.ADMIN).when().get("/api/v1/users/" + username)
                .then().body("role", equalTo("REPORTER")).body("agency", equalTo("UKMK"))
                .body("language", equalTo("en")).body("email", equalTo(username + "@tracker.gov.kg"));
    }

    @Test
    void disablingAnAccountThroughThePageLocksItOut() {
        String username = newAccount("OBSERVER", null);
        given().auth().preemptive().basic(username, PASSWORD).when().get("/api/v1/me").then().statusCode(200);
        PageSession admin = admin();

        admin.request().formParam("csrf", admin.csrfOf("/admin/accounts/" + username)).formParam("enabled", "false")
                .when().post("/admin/accounts/" + username + "/enabled")
                .then().statusCode(303).header("Location", endsWith("/admin/accounts/" + username));

        given().auth().preemptive().basic(username, PASSWORD).when().get("/api/v1/me").then().statusCode(401);
        as(TestAccounts.ADMIN).when().get("/api/v1/users/" + username).then().body("enabled", equalTo(false));
    }

    @Test
    void aPasswordResetThroughThePageReplacesTheOldOne() {
        String username = newAccount("OBSERVER", null);
        PageSession admin = admin();
        String newPassword = "a-new-long-password-" + UUID.randomUUID();

        admin.request().formParam("csrf", admin.csrfOf("/admin/accounts/" + username))
                .formParam("password", newPassword)
                .when().post("/admin/accounts/" + username + "/password")
                .then().statusCode(303);

        given().auth().preemptive().basic(username, PASSWORD).when().get("/api/v1/me").then().statusCode(401);
        given().auth().preemptive().basic(username, newPassword).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void revokingATokenThroughThePageMakesItUnusable() {
        String username = newAccount("REPORTER", "BIM");
        JsonPath issued = as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "BIM system", "expiresOn", inAMonth().toString()))
                .when().post("/api/v1/users/" + username + "/tokens")
                .then().statusCode(201).extract().jsonPath();
        String secret = issued.getString("token");
        long id = issued.getLong("id");
        bearer(secret).when().get("/api/v1/me").then().statusCode(200);
        PageSession admin = admin();
        String page = admin.request().when().get("/admin/accounts/" + username).then().statusCode(200)
                .extract().asString();
        assertThat(page, containsString(issued.getString("prefix")));
        assertThat(page, not(containsString(secret)));

        admin.request().formParam("csrf", PageSession.csrfIn(page))
                .when().post("/admin/accounts/" + username + "/tokens/" + id + "/revoke")
                .then().statusCode(303).header("Location", endsWith("/admin/accounts/" + username + "#tokens"));

        bearer(secret).when().get("/api/v1/me").then().statusCode(401);
        as(TestAccounts.ADMIN).when().get("/api/v1/users/" + username + "/tokens")
                .then().body("find { it.id == " + id + " }.status", equalTo("REVOKED"))
                .body("find { it.id == " + id + " }.revokedBy", equalTo(TestAccounts.ADMIN));
    }

    @Test
    void aTokenIssuedThroughThePageIsShownOnceAndWorks() {
        String username = newAccount("REPORTER", "UKMK");
        PageSession admin = admin();
        String html = admin.request().formParam("csrf", admin.csrfOf("/admin/accounts/" + username))
                .formParam("name", "UKMK <system>").formParam("expiresOn", inAMonth().toString())
                .when().post("/admin/accounts/" + username + "/tokens")
                .then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .extract().asString();

        Matcher shown = SECRET.matcher(html);
        assertThat("the page shows the new token", shown.find());
        String secret = shown.group();
        assertThat(html, containsString("UKMK &lt;system&gt;"));
        bearer(secret).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo(username));
        String later = admin.request().when().get("/admin/accounts/" + username).then().extract().asString();
        assertThat(later, not(containsString(secret)));
        assertThat(later, containsString(secret.substring(0, 12)));
    }

    @Test
    void aTokenBeyondItsLongestLifeIsRefusedOnTheForm() {
        String username = newAccount("OBSERVER", null);
        PageSession admin = admin();
        String html = admin.request().formParam("csrf", admin.csrfOf("/admin/accounts/" + username))
                .formParam("name", "too long").formParam("expiresOn", inAMonth().plusYears(2).toString())
                .when().post("/admin/accounts/" + username + "/tokens")
                .then().statusCode(422).extract().asString();

        assertThat(html, containsString("href=\"#expiresOn\""));
        assertThat(SECRET.matcher(html).find(), equalTo(false));
        as(TestAccounts.ADMIN).when().get("/api/v1/users/" + username + "/tokens").then().body("size()", equalTo(0));
    }

    private static PageSession admin() {
        return PageSession.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }

    private static String fresh() {
        return "page-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The new-account form filled in, with the CSRF token that the session's pages carry. */
    private static Map<String, String> create(PageSession session, String username, String role, String agency) {
        Map<String, String> form = new HashMap<>(Map.of("csrf", session.csrfOf("/plans"),
                "username", username, "password", PASSWORD, "role", role, "email", username + "@tracker.gov.kg",
                "language", "ru"));
        form.put("agency", agency == null ? "" : agency);
        return form;
    }

    private static LocalDate inAMonth() {
        return LocalDate.now(ServiceZone.ID).plusMonths(1);
    }

    private static RequestSpecification bearer(String secret) {
        return given().header("Authorization", "Bearer " + secret);
    }
}
