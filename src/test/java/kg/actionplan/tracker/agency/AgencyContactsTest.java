package kg.actionplan.tracker.agency;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kg.actionplan.tracker.account.TestAccounts;

@QuarkusTest
class AgencyContactsTest {

    private static final String MMTM_CONTACTS = "/api/v1/agencies/MMTM/contacts";

    @Test
    void theCoordinatorSetsAnAgencysAddressesAndTheirLanguage() {
        as(TestAccounts.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of("Office@Minculture.gov.kg", "it@minculture.gov.kg"), "language", "ru"))
                .when().put(MMTM_CONTACTS)
                .then().statusCode(200)
                .body("contactEmails", contains("office@minculture.gov.kg", "it@minculture.gov.kg"))
                .body("contactLanguage", equalTo("ru"));

        given().when().get("/api/v1/agencies/MMTM")
                .then().statusCode(200)
                .body("contactEmails", contains("office@minculture.gov.kg", "it@minculture.gov.kg"))
                .body("contactLanguage", equalTo("ru"));
        as(TestAccounts.ADMIN).queryParam("action", "AGENCY_CONTACTS_CHANGED").queryParam("subjectId", "MMTM")
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("[0].summary", containsString("office@minculture.gov.kg"));
    }

    @Test
    void anInvalidAddressIsRefusedAndNothingChanges() {
        String before = given().when().get("/api/v1/agencies/IIM").then().extract().asString();

        as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of("mvd@mvd.gov.kg", "not an address"), "language", "ky"))
                .when().put("/api/v1/agencies/IIM/contacts")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].path", equalTo("/emails/1"));

        given().when().get("/api/v1/agencies/IIM").then().body(equalTo(before));
    }

    @Test
    void anAddressListedTwiceIsRefused() {
        as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of("a@gov.kg", "A@gov.kg"), "language", "ky"))
                .when().put("/api/v1/agencies/BP/contacts")
                .then().statusCode(422)
                .body("errors[0].path", equalTo("/emails/1"));
    }

    @Test
    void anUnknownLanguageIsRefused() {
        as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of("a@gov.kg"), "language", "de"))
                .when().put("/api/v1/agencies/BP/contacts")
                .then().statusCode(422)
                .body("errors[0].path", equalTo("/language"));
    }

    @Test
    void onlyAdministratorsAndTheCoordinatorKeepContacts() {
        for (String caller : new String[] {TestAccounts.REPORTER_BIM, TestAccounts.OBSERVER}) {
            as(caller).contentType(ContentType.JSON)
                    .body(Map.of("emails", List.of("x@gov.kg"), "language", "ky"))
                    .when().put("/api/v1/agencies/BIM/contacts")
                    .then().statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("emails", List.of("x@gov.kg"), "language", "ky"))
                .when().put("/api/v1/agencies/BIM/contacts")
                .then().statusCode(401);
    }

    @Test
    void contactsOfAnUnknownAgencyAreNotFound() {
        as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of("x@gov.kg"), "language", "ky"))
                .when().put("/api/v1/agencies/NOPE/contacts")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
