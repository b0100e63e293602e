package kg.actionplan.tracker.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AgencyResourceTest {

    @Test
    void listsTheAgenciesThePlanNames() {
        given()
                .when().get("/api/v1/agencies")
                .then().statusCode(200)
                .body("code", hasItems("UKMK", "MTBMK", "MKK", "BP", "IIM", "MMTM", "BIM", "PDA", "MDD"));
    }

    @Test
    void theStateCommitteeForItAndCommunicationsWasSucceededByTheMinistryOfDigitalDevelopment() {
        given()
                .when().get("/api/v1/agencies/MTBMK")
                .then().statusCode(200)
                .body("abbreviation.ky", equalTo("МТБМК"))
                .body("name.ky", equalTo("Кыргыз Республикасынын Маалыматтык технологиялар жана байланыш мамлекеттик комитети"))
                .body("successor.agency", equalTo("MDD"))
                .body("successor.from", equalTo("2021-10-13"));
    }

    @Test
    void thePersonalDataBodyWasOnlyCreatedAtTheEndOf2021() {
        given()
                .when().get("/api/v1/agencies/PDA")
                .then().statusCode(200)
                .body("establishedOn", equalTo("2021-12-31"))
                .body("successor", nullValue());
    }

    @Test
    void anUnknownAgencyIsNotFound() {
        given()
                .when().get("/api/v1/agencies/NOPE")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:not-found"))
                .body("detail", equalTo("There is no agency NOPE."));
    }
}
