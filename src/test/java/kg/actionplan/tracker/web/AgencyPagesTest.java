package kg.actionplan.tracker.web;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.signin.SignInAccounts.newAccount;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * Where alerts go: agencies' contacts and alert recipients change exactly as through the API, only for administrators
 * and the coordinator, and what users typed is shown as text.
 */
@QuarkusTest
class AgencyPagesTest {

    @Test
    void theCoordinatorEditsAnAgencysContactsAndTheyAreShownAsText() {
        List<String> before = given().when().get("/api/v1/agencies/MMTM").then().extract().path("contactEmails");
        String language = given().when().get("/api/v1/agencies/MMTM").then().extract().path("contactLanguage");
        try {
            PageSession coordinator = PageSession.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
            coordinator.request().formParam("csrf", coordinator.csrfOf("/admin/agencies/MMTM"))
                    .formParam("emails", "o'neil&co@minculture.gov.kg\nIT@minculture.gov.kg")
                    .formParam("language", "ru")
                    .when().post("/admin/agencies/MMTM")
                    .then().statusCode(303).header("Location", endsWith("/admin/agencies#agency-MMTM"));

            given().when().get("/api/v1/agencies/MMTM").then()
                    .body("contactEmails", equalTo(List.of("o'neil&co@minculture.gov.kg", "it@minculture.gov.kg")))
                    .body("contactLanguage", equalTo("ru"));
            String html = coordinator.request().when().get("/admin/agencies").then().statusCode(200)
                    .extract().asString();
            assertThat(html, containsString("<li>o&#39;neil&amp;co@minculture.gov.kg</li>"));
            assertThat(html, not(containsString("o'neil&co")));
        } finally {
            as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("emails", before, "language", language))
                    .when().put("/api/v1/agencies/MMTM/contacts").then().statusCode(200);
        }
    }

    @Test
    void anInvalidContactAddressIsShownAgainAndNothingChanges() {
        String before = given().when().get("/api/v1/agencies/IIM").then().extract().asString();
        PageSession admin = admin();
        String html = admin.request().formParam("csrf", admin.csrfOf("/admin/agencies/IIM"))
                .formParam("emails", "mvd@mvd.gov.kg\nnot-an-address").formParam("language", "ky")
                .when().post("/admin/agencies/IIM")
                .then().statusCode(422).extract().asString();

        assertThat(html, containsString("href=\"#emails\""));
        assertThat(html, containsString("not-an-address"));
        given().when().get("/api/v1/agencies/IIM").then().body(equalTo(before));
    }

    @Test
    void anObserverMayNotSeeTheAgenciesPage() {
        PageSession observer = PageSession.signIn(TestAccounts.OBSERVER, TestAccounts.PASSWORD);
        observer.request().when().get("/admin/agencies").then().statusCode(403);
    }

    @Test
    void aRecipientIsSwitchedOffAndOnThroughThePage() {
        String username = newAccount("OBSERVER", null);
        String email = username + "@tracker.gov.kg";
        PageSession admin = admin();
        String page = admin.request().when().get("/admin/agencies").then().statusCode(200).extract().asString();
        assertThat(page, containsString("<th scope=\"row\">" + email + "</th>"));

        admin.request().formParam("csrf", PageSession.csrfIn(page)).formParam("email", email)
                .formParam("active", "false").formParam("reason", "left the ministry")
                .when().post("/admin/recipients")
                .then().statusCode(303).header("Location", endsWith("/admin/agencies#recipients"));
        as(TestAccounts.ADMIN).when().get("/api/v1/alerts/recipients")
                .then().body("find { it.email == '" + email + "' }.active", equalTo(false))
                .body("find { it.email == '" + email + "' }.reason", equalTo("left the ministry"))
                .body("find { it.email == '" + email + "' }.changedBy", equalTo(TestAccounts.ADMIN));

        admin.request().formParam("csrf", PageSession.csrfIn(page)).formParam("email", email)
                .formParam("active", "true")
                .when().post("/admin/recipients")
                .then().statusCode(303);
        as(TestAccounts.ADMIN).when().get("/api/v1/alerts/recipients")
                .then().body("findAll { it.active }.email", hasItem(email));
    }

    @Test
    void aReporterMayNotSwitchRecipients() {
        String username = newAccount("OBSERVER", null);
        PageSession reporter = PageSession.signIn(TestAccounts.REPORTER_BIM, TestAccounts.PASSWORD);
        reporter.request().formParam("csrf", reporter.csrfOf("/plans")).formParam("email", username + "@tracker.gov.kg")
                .formParam("active", "false")
                .when().post("/admin/recipients")
                .then().statusCode(403);

        as(TestAccounts.ADMIN).when().get("/api/v1/alerts/recipients")
                .then().body("findAll { it.active }.email", hasItem(username + "@tracker.gov.kg"));
    }

    private static PageSession admin() {
        return PageSession.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }
}
