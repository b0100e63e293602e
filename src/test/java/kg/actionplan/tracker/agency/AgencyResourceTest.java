package kg.actionplan.tracker.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AgencyResourceTest {

    @Test
    void listsTheAgenciesThePlanNamesAndTheirSuccessors() {
        given()
                .when().get("/api/v1/agencies")
                .then().statusCode(200)
                .body("code", hasItems("UKMK", "MTBMK", "MKK", "BP", "IIM", "MMTM", "BIM", "PDA", "MDD", "MMSJSM"));
    }

    @Test
    void theStateCommitteeForItAndCommunicationsWasSucceededByTheMinistryOfDigitalDevelopmentOn5May2021() {
        given()
                .when().get("/api/v1/agencies/MTBMK")
                .then().statusCode(200)
                .body("abbreviation.ky", equalTo("МТБМК"))
                .body("name.ky", equalTo("Кыргыз Республикасынын Маалыматтык технологиялар жана байланыш мамлекеттик комитети"))
                .body("successor.agency", equalTo("MDD"))
                .body("successor.from", equalTo("2021-05-05"))
                .body("successor.act.kind", equalTo("PRESIDENTIAL_DECREE"))
                .body("successor.act.date", equalTo("2021-05-05"))
                .body("successor.act.title.ru", equalTo("О Кабинете Министров Кыргызской Республики"))
                .body("successor.act.title.en", equalTo("On the Cabinet of Ministers of the Kyrgyz Republic"))
                .body("successor.act", not(hasKey("number")))
                .body("$", not(hasKey("establishedOn")));
    }

    @Test
    void theMinistryOfDigitalDevelopmentWasEstablishedByTheDecreeOnTheCabinetOfMinisters() {
        given()
                .when().get("/api/v1/agencies/MDD")
                .then().statusCode(200)
                .body("establishedOn", equalTo("2021-05-05"))
                .body("establishedBy.kind", equalTo("PRESIDENTIAL_DECREE"))
                .body("establishedBy.date", equalTo("2021-05-05"))
                .body("establishedBy.title.ky", equalTo("Кыргыз Республикасынын Министрлер Кабинети жөнүндө"))
                .body("$", not(hasKey("successor")));
    }

    @Test
    void thePersonalDataAgencyWasEstablishedByThePresidentialDecreeOf14September2021() {
        given()
                .when().get("/api/v1/agencies/PDA")
                .then().statusCode(200)
                .body("establishedOn", equalTo("2021-09-14"))
                .body("establishedBy.kind", equalTo("PRESIDENTIAL_DECREE"))
                .body("establishedBy.date", equalTo("2021-09-14"))
                .body("establishedBy", not(hasKey("number")))
                .body("establishedBy", not(hasKey("title")))
                .body("editorialNote", containsString("resolution No. 325 of 22 December 2021"))
                .body("$", not(hasKey("successor")));
    }

    @Test
    void theMinistryOfCultureInformationAndTourismWasSucceededByTheMinistryOfCultureInformationSportsAndYouthPolicy() {
        given()
                .when().get("/api/v1/agencies/MMTM")
                .then().statusCode(200)
                .body("successor.agency", equalTo("MMSJSM"))
                .body("successor.from", equalTo("2021-05-05"))
                .body("successor.act.kind", equalTo("PRESIDENTIAL_DECREE"))
                .body("successor.act.date", equalTo("2021-05-05"));
        given()
                .when().get("/api/v1/agencies/MMSJSM")
                .then().statusCode(200)
                .body("name.ky", equalTo("Кыргыз Республикасынын Маданият, маалымат, спорт жана жаштар саясаты министрлиги"))
                .body("name.ru", equalTo("Министерство культуры, информации, спорта и молодежной политики Кыргызской Республики"))
                .body("name.en", equalTo("Ministry of Culture, Information, Sports and Youth Policy of the Kyrgyz Republic"))
                .body("abbreviation.ky", equalTo("ММСЖСМ"))
                .body("establishedOn", equalTo("2021-05-05"))
                .body("establishedBy.title.en", equalTo("On the Cabinet of Ministers of the Kyrgyz Republic"))
                .body("editorialNote", containsString("None of the abbreviations"));
    }

    @Test
    void anAgencyThatWasNeitherEstablishedNorSucceededDuringThePlanHasNoActs() {
        given()
                .when().get("/api/v1/agencies/BIM")
                .then().statusCode(200)
                .body("$", not(hasKey("establishedOn")))
                .body("$", not(hasKey("establishedBy")))
                .body("$", not(hasKey("successor")));
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
