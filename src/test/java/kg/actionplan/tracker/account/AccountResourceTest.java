package kg.actionplan.tracker.account;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kg.actionplan.tracker.common.Pages;

@QuarkusTest
class AccountResourceTest {

    private static Map<String, Object> account(String username, String role, String agency) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "username", username, "password", "a-long-enough-password", "role", role,
                "email", username + "@mail.gov.kg", "language", "ky"));
        if (agency != null) {
            body.put("agency", agency);
        }
        return body;
    }

    @Test
    void anAdministratorCreatesAReporterBoundToAnAgency() {
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(account("bim-clerk", "REPORTER", "BIM"))
                .when().post("/api/v1/users")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/users/bim-clerk"))
                .body("username", equalTo("bim-clerk"))
                .body("role", equalTo("REPORTER"))
                .body("agency", equalTo("BIM"))
                .body("language", equalTo("ky"))
                .body("enabled", equalTo(true))
                .body("password", nullValue())
                .body("passwordHash", nullValue());
    }

    @Test
    void accountsArePagedByUsername() {
        String prefix = "paged-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (String name : List.of("c", "a", "b")) {
            as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("username", prefix + name, "password", "a-long-enough-password", "role", "OBSERVER",
                        "language", "en"))
                    .when().post("/api/v1/users").then().statusCode(201);
        }

        List<Object> walked = Pages.walk(() -> as(TestAccounts.ADMIN), "/api/v1/users", Map.of("limit", 2)).stream()
                .map(account -> account.get("username")).toList();

        assertEquals(Pages.all(() -> as(TestAccounts.ADMIN), "/api/v1/users", Map.of(), 1000).stream()
                .map(account -> account.get("username")).toList(), walked);
        assertEquals(walked.stream().map(String.class::cast).sorted().toList(), walked);
        assertEquals(List.of(prefix + "a", prefix + "b", prefix + "c"),
                walked.stream().map(String.class::cast).filter(name -> name.startsWith(prefix)).toList());
    }

    @Test
    void passwordsAreNeverReturned() {
        as(TestAccounts.ADMIN)
                .when().get("/api/v1/users")
                .then().statusCode(200)
                .body("username", hasItem("admin"))
                .body(not(containsString("password")))
                .body(not(containsString("$2a$")));
    }

    @Test
    void aPasswordUnder12CharactersIsRefused() {
        Map<String, Object> body = account("weak-one", "OBSERVER", null);
        body.put("password", "short-pass1");
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/users")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].path", equalTo("/password"));
        as(TestAccounts.ADMIN).when().get("/api/v1/users/weak-one").then().statusCode(404);
    }

    @Test
    void aReporterMustBeBoundToAnAgency() {
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(account("no-agency", "REPORTER", null))
                .when().post("/api/v1/users")
                .then().statusCode(422)
                .body("errors[0].path", equalTo("/agency"));
    }

    @Test
    void onlyAReporterIsBoundToAnAgency() {
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(account("observer-with-agency", "OBSERVER", "BIM"))
                .when().post("/api/v1/users")
                .then().statusCode(422)
                .body("errors[0].path", equalTo("/agency"));
    }

    @Test
    void aReporterOfAnUnknownAgencyIsRefused() {
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(account("ghost-clerk", "REPORTER", "GHOST"))
                .when().post("/api/v1/users")
                .then().statusCode(422)
                .body("errors[0].message", equalTo("unknown agency GHOST"));
    }

    @Test
    void anUnknownRoleOrLanguageIsRefused() {
        Map<String, Object> body = account("bad-role", "KING", null);
        body.put("language", "de");
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/users")
                .then().statusCode(422)
                .body("errors.path", contains("/language", "/role"));
    }

    @Test
    void aTakenUsernameIsAConflict() {
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(account("admin", "ADMIN", null))
                .when().post("/api/v1/users")
                .then().statusCode(409)
                .body("type", equalTo("urn:tracker:problem:conflict"));
    }

    @Test
    void anUnknownFieldIsRefused() {
        Map<String, Object> body = account("with-extra", "OBSERVER", null);
        body.put("isSuperuser", true);
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/users")
                .then().statusCode(422)
                .body("errors[0].path", equalTo("/isSuperuser"))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(account("leaving-admin", "ADMIN", null))
                .when().post("/api/v1/users").then().statusCode(201);
        given().auth().preemptive().basic("leaving-admin", "a-long-enough-password")
                .when().get("/api/v1/users").then().statusCode(200);

        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().patch("/api/v1/users/leaving-admin")
                .then().statusCode(200)
                .body("enabled", equalTo(false));

        given().auth().preemptive().basic("leaving-admin", "a-long-enough-password")
                .when().get("/api/v1/users")
                .then().statusCode(401);
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(account("forgetful", "ADMIN", null))
                .when().post("/api/v1/users").then().statusCode(201);

        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("password", "the-new-long-password"))
                .when().patch("/api/v1/users/forgetful").then().statusCode(200);

        given().auth().preemptive().basic("forgetful", "a-long-enough-password")
                .when().get("/api/v1/users").then().statusCode(401);
        given().auth().preemptive().basic("forgetful", "the-new-long-password")
                .when().get("/api/v1/users").then().statusCode(200);
    }

    @Test
    void anAccountIsBoundToAnAgencyByMakingItAReporter() {
        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(account("moving-clerk", "OBSERVER", null))
                .when().post("/api/v1/users").then().statusCode(201);

        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("role", "REPORTER", "agency", "IIM"))
                .when().patch("/api/v1/users/moving-clerk")
                .then().statusCode(200)
                .body("role", equalTo("REPORTER"))
                .body("agency", equalTo("IIM"));
    }

    @Test
    void patchingAnUnknownAccountIsNotFound() {
        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().patch("/api/v1/users/nobody")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        for (String caller : new String[] {TestAccounts.COORDINATOR, TestAccounts.OBSERVER, TestAccounts.REPORTER_BIM}) {
            as(caller)
                    .when().get("/api/v1/users")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:tracker:problem:forbidden"));
        }
    }

    @Test
    void withoutCredentialsTheAnswerIs401WithAChallenge() {
        given()
                .when().get("/api/v1/users")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:unauthorized"));
    }

    @Test
    void aWrongPasswordIs401() {
        given().auth().preemptive().basic(TestAccounts.ADMIN, "not-the-password")
                .when().get("/api/v1/users")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
    }
}
