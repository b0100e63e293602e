package kg.actionplan.tracker.plan;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.common.RawHttp.declared;
import static kg.actionplan.tracker.common.RawHttp.send;
import static kg.actionplan.tracker.plan.PlanDocuments.measure;
import static kg.actionplan.tracker.plan.PlanDocuments.minimal;
import static kg.actionplan.tracker.plan.PlanDocuments.plan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.RawHttp;

@QuarkusTest
class PlanImportTest {

    @TestHTTPResource("/")
    URI service;

    @Test
    void aValidDocumentIsImportedAndServedAtItsLocation() {
        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(minimal("import-valid").toString())
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/plans/import-valid"))
                .body("code", equalTo("import-valid"))
                .body("reporting.coordinator", equalTo("TESTAG"))
                .body("tasks.code", contains("1", "2"));

        given()
                .when().get("/api/v1/plans/import-valid/measures")
                .then().statusCode(200)
                .body("code", contains("1.1", "1.2", "2.1"))
                .body("[0].executors.agency", contains("TESTAG", "UKMK"))
                .body("[0].executors.byAgreement", contains(false, true))
                .body("[1].status", equalTo("REPEALED"))
                .body("[1].repeal.act.number", equalTo("2"))
                .body("[2].deadline.dueOn", equalTo("2028-12-31"));
    }

    /**
     * A plan of 5 000 measures as dense as the seed is a document of about 11 MB: over the 1 MiB that other bodies
     * may have, within the limit of a plan document (32 MiB by default).
     */
    @Test
    void aPlanOfFiveThousandMeasuresAsDenseAsTheSeedIsImported() throws Exception {
        ObjectNode document = PlanDocuments.large("import-large", 5000, 50);
        String body = document.toString();
        assertTrue(body.getBytes(StandardCharsets.UTF_8).length > 10 * 1024 * 1024, "a document of over 10 MiB");

        // Sent with the JDK's client: REST Assured takes several seconds more over a body this large.
        HttpResponse<String> response = send(RawHttp.request(service, TestAccounts.COORDINATOR, "/api/v1/plans")
                .POST(declared(body)));

        assertEquals(201, response.statusCode(), response.body());
        JsonPath plan = JsonPath.from(response.body());
        assertEquals(100, plan.getList("tasks").size());
        assertEquals(50, plan.getList("tasks[99].measures").size());
        assertEquals("100.50", plan.getString("tasks[99].measures[49]"));

        ObjectNode measure = measure(document, 99, 48);
        given()
                .when().get("/api/v1/plans/import-large/measures/100.49")
                .then().statusCode(200)
                .body("status", equalTo("IN_FORCE"))
                .body("text.ky", equalTo(measure.get("text").get("ky").asText()))
                .body("expectedResult.ru", equalTo(measure.get("expectedResult").get("ru").asText()))
                .body("executors.agency", contains(measure.get("executors").findValuesAsText("agency").toArray()));
    }

    @Test
    void anAgencyTheServiceAlreadyKnowsIsKeptAsItIs() {
        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(minimal("import-keeps-agency").toString())
                .when().post("/api/v1/plans")
                .then().statusCode(201);

        given()
                .when().get("/api/v1/agencies/UKMK")
                .then().statusCode(200)
                .body("name.en", not(equalTo("A different name")));
    }

    @Test
    void importingAPlanCodeThatExistsIsAConflict() {
        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(PlanDocuments.seed().toString())
                .when().post("/api/v1/plans")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:conflict"))
                .body("detail", equalTo("A plan with code cybersecurity-2019-2023 already exists."));
    }

    @Test
    void anInvalidDocumentIsRefusedWholeWithEveryErrorAndItsPath() {
        ObjectNode document = minimal("import-invalid");
        ObjectNode newAgency = document.withArray("agencies").addObject();
        newAgency.put("code", "NEVERMADE");
        newAgency.set("name", text());
        newAgency.set("abbreviation", text());
        ((ObjectNode) measure(document, 0, 0).get("executors").get(0)).put("agency", "GHOST");
        ((ObjectNode) measure(document, 0, 0).get("deadline")).put("date", "2030-01-01");
        measure(document, 1, 0).put("code", "1.1");
        ((ObjectNode) plan(document).get("reporting")).put("lastPeriod", "2031-H1");

        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(document.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:invalid-input"))
                .body("errors.path", containsInAnyOrder(
                        "/plan/tasks/0/measures/0/executors/0/agency",
                        "/plan/tasks/0/measures/0/deadline/date",
                        "/plan/tasks/1/measures/0/code",
                        "/plan/reporting/lastPeriod"))
                .body("errors.message", hasItem("unknown agency GHOST"))
                .body("errors.message", hasItem("duplicate measure code 1.1"));

        given().when().get("/api/v1/plans/import-invalid").then().statusCode(404);
        given().when().get("/api/v1/agencies/NEVERMADE").then().statusCode(404);
    }

    @Test
    void aFirstPeriodAfterTheLastIsRefused() {
        ObjectNode document = minimal("import-periods-reversed");
        ((ObjectNode) plan(document).get("reporting")).put("firstPeriod", "2027-H1").put("lastPeriod", "2025-H2");

        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(document.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(422)
                .body("errors.path", contains("/plan/reporting/lastPeriod"))
                .body("errors[0].message", equalTo("must not be before firstPeriod 2027-H1"));
    }

    @Test
    void aRepealMustNameOneOfThePlansAmendments() {
        ObjectNode document = minimal("import-bad-repeal");
        ((ObjectNode) measure(document, 0, 1).get("repeal")).put("actNumber", "77");

        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(document.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(422)
                .body("errors.path", contains("/plan/tasks/0/measures/1/repeal"));
    }

    @Test
    void theActsBehindAnEstablishmentAndASuccessionAreServedWithTheAgencies() {
        ObjectNode document = minimal("import-agency-acts");
        ObjectNode resolution = act("CABINET_RESOLUTION", "2026-02-10").put("number", "41");
        resolution.set("title", text());
        ObjectNode older = agency(document, "ACTOLD");
        older.putObject("successor").put("agency", "ACTNEW").put("from", "2026-03-01").set("act", resolution);
        ObjectNode newer = agency(document, "ACTNEW").put("establishedOn", "2026-03-01");
        newer.set("establishedBy", act("PRESIDENTIAL_DECREE", "2026-02-01"));

        importAccepted(document);

        given()
                .when().get("/api/v1/agencies/ACTOLD")
                .then().statusCode(200)
                .body("successor.agency", equalTo("ACTNEW"))
                .body("successor.act.kind", equalTo("CABINET_RESOLUTION"))
                .body("successor.act.number", equalTo("41"))
                .body("successor.act.date", equalTo("2026-02-10"))
                .body("successor.act.title.en", equalTo("x"));
        given()
                .when().get("/api/v1/agencies/ACTNEW")
                .then().statusCode(200)
                .body("establishedOn", equalTo("2026-03-01"))
                .body("establishedBy.kind", equalTo("PRESIDENTIAL_DECREE"))
                .body("establishedBy.date", equalTo("2026-02-01"))
                .body("establishedBy", not(hasKey("number")))
                .body("establishedBy", not(hasKey("title")));
    }

    @Test
    void anEstablishingActNeedsTheDateOfEstablishmentAndAKnownKind() {
        ObjectNode document = minimal("import-bad-agency-acts");
        agency(document, "ACTNODATE").set("establishedBy", act("PRESIDENTIAL_DECREE", "2026-02-01"));
        agency(document, "ACTBADKIND").put("establishedOn", "2026-02-01")
                .set("establishedBy", act("ORDER", "2026-02-01"));

        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(document.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(422)
                .body("errors.path", hasItem("/agencies/2"))
                .body("errors.path", hasItem("/agencies/3/establishedBy/kind"));
    }

    @Test
    void aMergedFundingCellNamesTheEarlierMeasureItContinues() {
        ObjectNode document = minimal("import-shared-funding");
        ((ObjectNode) measure(document, 1, 0).get("funding")).put("sharedWith", "1.1");

        importAccepted(document);

        given()
                .when().get("/api/v1/plans/import-shared-funding/measures/2.1")
                .then().statusCode(200)
                .body("funding.sharedWith", equalTo("1.1"));
        given()
                .when().get("/api/v1/plans/import-shared-funding/measures/1.1")
                .then().statusCode(200)
                .body("funding", not(hasKey("sharedWith")));
    }

    @Test
    void aFundingCellIsSharedOnlyWithAnEarlierMeasureInForce() {
        ObjectNode document = minimal("import-bad-shared-funding");
        ((ObjectNode) measure(document, 0, 0).get("funding")).put("sharedWith", "2.1");
        ((ObjectNode) measure(document, 1, 0).get("funding")).put("sharedWith", "1.2");

        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(document.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(422)
                .body("errors.path", contains("/plan/tasks/0/measures/0/funding/sharedWith",
                        "/plan/tasks/1/measures/0/funding/sharedWith"))
                .body("errors.message", contains("names no measure in force above this one (2.1)",
                        "names no measure in force above this one (1.2)"));

        given().when().get("/api/v1/plans/import-bad-shared-funding").then().statusCode(404);
    }

    @Test
    void aDocumentThatBreaksTheSchemaIsRefusedWithThePathOfEachBreach() {
        ObjectNode document = minimal("import-bad-shape");
        ((ObjectNode) plan(document).get("reporting")).put("firstPeriod", "2024-H3");
        ((ObjectNode) measure(document, 0, 0).get("deadline")).put("date", "2025-02-30");
        plan(document).put("unexpected", true);

        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(document.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.path", hasItem("/plan/reporting/firstPeriod"))
                .body("errors.path", hasItem("/plan/tasks/0/measures/0/deadline/date"))
                .body("errors.path", hasItem("/plan"));

        given().when().get("/api/v1/plans/import-bad-shape").then().statusCode(404);
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() {
        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body("[]")
                .when().post("/api/v1/plans")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].path", equalTo("/"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body("{\"formatVersion\": 1,")
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:malformed-body"));
    }

    @Test
    void anEmptyBodyIsRefused() {
        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .when().post("/api/v1/plans")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].path", equalTo("/"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        given()
                .contentType(ContentType.TEXT)
                .body("plan")
                .when().post("/api/v1/plans")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:unsupported-media-type"));
    }

    @Test
    void importingNeedsCredentials() {
        given()
                .contentType(ContentType.JSON)
                .body(minimal("import-anonymous").toString())
                .when().post("/api/v1/plans")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"));
        given().when().get("/api/v1/plans/import-anonymous").then().statusCode(404);
    }

    @Test
    void reportersAndObserversCannotImport() {
        for (String caller : new String[] {TestAccounts.REPORTER_BIM, TestAccounts.OBSERVER}) {
            as(caller)
                    .contentType(ContentType.JSON)
                    .body(minimal("import-by-" + caller).toString())
                    .when().post("/api/v1/plans")
                    .then().statusCode(403)
                    .contentType("application/problem+json");
            given().when().get("/api/v1/plans/import-by-" + caller).then().statusCode(404);
        }
    }

    @Test
    void anAdministratorCanImportToo() {
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(minimal("import-by-admin").toString())
                .when().post("/api/v1/plans")
                .then().statusCode(201);
    }

    private static void importAccepted(ObjectNode document) {
        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(document.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(201);
    }

    private static ObjectNode agency(ObjectNode document, String code) {
        ObjectNode agency = document.withArray("agencies").addObject().put("code", code);
        agency.set("name", text());
        agency.set("abbreviation", text());
        return agency;
    }

    private static ObjectNode act(String kind, String date) {
        return new ObjectMapper().createObjectNode().put("kind", kind).put("date", date);
    }

    private static ObjectNode text() {
        return new ObjectMapper().createObjectNode().put("ky", "x").put("ru", "x").put("en", "x");
    }
}
