package kg.actionplan.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlanResourceTest {

    static final String PLAN = "/api/v1/plans/cybersecurity-2019-2023";

    @Test
    void theSeededPlanIsListedWithoutLogin() {
        given()
                .when().get("/api/v1/plans")
                .then().statusCode(200)
                .body("code", hasItem("cybersecurity-2019-2023"))
                .body("find { it.code == 'cybersecurity-2019-2023' }.measureCount", equalTo(23))
                .body("find { it.code == 'cybersecurity-2019-2023' }.startsOn", equalTo("2019-01-01"))
                .body("find { it.code == 'cybersecurity-2019-2023' }.endsOn", equalTo("2023-12-31"));
    }

    @Test
    void planRestsOnResolution369Of24July2019() {
        given()
                .when().get(PLAN)
                .then().statusCode(200)
                .body("legalBasis", hasSize(1))
                .body("legalBasis[0].number", equalTo("369"))
                .body("legalBasis[0].date", equalTo("2019-07-24"))
                .body("legalBasis[0].title.ky", equalTo("2019-2023-жылдарга Кыргыз Республикасынын киберкоопсуздук стратегиясы"))
                .body("legalBasis[0].url", startsWith("http://cbd.minjust.gov.kg/act/view/ky-kg/159115"));
    }

    @Test
    void planWasAmendedByCabinetResolution199Of8April2022() {
        given()
                .when().get(PLAN)
                .then().statusCode(200)
                .body("amendments", hasSize(1))
                .body("amendments[0].number", equalTo("199"))
                .body("amendments[0].date", equalTo("2022-04-08"));
    }

    @Test
    void planEnteredIntoForceFifteenDaysAfterPublicationOn6August2019() {
        given()
                .when().get(PLAN)
                .then().statusCode(200)
                .body("publishedOn", equalTo("2019-08-06"))
                .body("inForceFrom", equalTo("2019-08-21"))
                .body("publication.ky", equalTo("\"Эркин Тоо\" газетасынын 2019-жылдын 6-августундагы N 65"));
    }

    @Test
    void agenciesReportByThe5thAndTheCommitteeConsolidatesByThe25thInBishkekTime() {
        given()
                .when().get(PLAN)
                .then().statusCode(200)
                .body("reporting.frequency", equalTo("HALF_YEARLY"))
                .body("reporting.agencyReportDueDay", equalTo(5))
                .body("reporting.consolidatedReportDueDay", equalTo(25))
                .body("reporting.timeZone", equalTo("Asia/Bishkek"))
                .body("reporting.coordinator", equalTo("MTBMK"))
                .body("reporting.firstPeriod", equalTo("2019-H2"))
                .body("reporting.lastPeriod", equalTo("2023-H2"));
    }

    @Test
    void planHasEightTasksWithTheirMeasuresInTableOrder() {
        given()
                .when().get(PLAN)
                .then().statusCode(200)
                .body("tasks.code", contains("1", "2", "3", "4", "5", "6", "7", "8"))
                .body("tasks[0].measures", contains("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9",
                        "1.10", "1.11"))
                .body("tasks[1].measures", contains("2"))
                .body("tasks[4].measures", contains("5.1", "5.2", "5.3"))
                .body("tasks[7].measures", contains("8.1", "8.2", "8.3"))
                .body("tasks[0].section.ky", equalTo("Киберкоопсуздук жаатындагы саясатты түзүү"));
    }

    @Test
    void everyTextComesInKyrgyzRussianAndEnglish() {
        given()
                .when().get(PLAN)
                .then().statusCode(200)
                .body("title.ky", startsWith("2019-2023-жылдарга Кыргыз Республикасынын киберкоопсуздук стратегиясы"))
                .body("title.ru", startsWith("Стратегия кибербезопасности Кыргызской Республики"))
                .body("title.en", startsWith("Cybersecurity Strategy of the Kyrgyz Republic"))
                .body("tasks[3].title.ky", equalTo("Компьютердик кылмыштуулукка каршы аракеттенүү"));
    }

    @Test
    void unknownPlanIsANotFoundProblem() {
        given()
                .when().get("/api/v1/plans/no-such-plan")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("There is no plan no-such-plan."))
                .body("instance", equalTo("/api/v1/plans/no-such-plan"));
    }
}
