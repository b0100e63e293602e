package kg.actionplan.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;

import kg.actionplan.tracker.common.MutableClock;

@QuarkusTest
class MeasureResourceTest {

    static final String MEASURES = PlanResourceTest.PLAN + "/measures";

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void listsAll23MeasuresInTableOrder() {
        given()
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", contains("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11",
                        "2", "3", "4", "5.1", "5.2", "5.3", "6.1", "6.2", "7.1", "8.1", "8.2", "8.3"));
    }

    @Test
    void measure1_1IsDueOn20June2020WithTheStateCommitteeForNationalSecurityLeading() {
        given()
                .when().get(MEASURES + "/1.1")
                .then().statusCode(200)
                .body("task", equalTo("1"))
                .body("status", equalTo("IN_FORCE"))
                .body("deadline.kind", equalTo("DATE"))
                .body("deadline.dueOn", equalTo("2020-06-20"))
                .body("deadline.wording.ky", equalTo("2020-жылдын 20-июну"))
                .body("executors.agency", contains("UKMK"))
                .body("executors[0].lead", equalTo(true))
                .body("ministriesAndAgencies", equalTo(true))
                .body("text.ky", containsString("киберкоопсуздукту камсыздоо жаатындагы ыйгарым укуктуу мамлекеттик бийлик органын аныктоо"));
    }

    @Test
    void mergedCellsOf1_4ContinueTheFundingAndExecutorsOf1_1() {
        given()
                .when().get(MEASURES + "/1.4")
                .then().statusCode(200)
                .body("deadline.dueOn", equalTo("2023-06-20"))
                .body("executors.agency", contains("UKMK"))
                .body("funding.sources.type", contains("REPUBLICAN_BUDGET", "DONOR_FUNDS", "PRIVATE_INVESTMENT"))
                .body("editorialNote", containsString("1.1"));
    }

    @Test
    void measure4NamesTheProsecutorGeneralsOfficeByAgreement() {
        given()
                .when().get(MEASURES + "/4")
                .then().statusCode(200)
                .body("executors.agency", contains("UKMK", "BP", "IIM"))
                .body("executors.byAgreement", contains(false, true, false))
                .body("executors.lead", contains(true, false, false))
                .body("deadline.dueOn", equalTo("2023-12-20"));
    }

    @Test
    void measure5_2IsFundedWith5708900SomFromTheDigitalKyrgyzstanProgramme() {
        given()
                .config(RestAssuredConfig.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .when().get(MEASURES + "/5.2")
                .then().statusCode(200)
                .body("deadline.dueOn", equalTo("2019-08-30"))
                .body("funding.sources", hasSize(1))
                .body("funding.sources[0].type", equalTo("PROGRAMME"))
                .body("funding.sources[0].amount.intValueExact()", equalTo(5708900))
                .body("funding.sources[0].currency", equalTo("KGS"))
                .body("funding.sources[0].programme.ky", containsString("Санарип Кыргызстан"))
                .body("executors.agency", contains("PDA", "MTBMK", "UKMK"))
                .body("ministriesAndAgencies", equalTo(false));
    }

    @Test
    void measure5_3SharesTheMergedFundingCellOf5_2InsteadOfASecondAmount() {
        given()
                .when().get(MEASURES + "/5.3")
                .then().statusCode(200)
                .body("funding.sharedWith", equalTo("5.2"))
                .body("funding.sources", hasSize(1))
                .body("funding.sources[0].type", equalTo("PROGRAMME"))
                .body("funding.sources[0]", not(hasKey("amount")))
                .body("funding.sources[0]", not(hasKey("currency")))
                .body("funding.wording.en", equalTo("One cell with measure 5.2: the funding is stated under 5.2"))
                .body("funding.wording.ru", equalTo("Одна ячейка с пунктом 5.2: финансирование указано в пункте 5.2"))
                .body("funding.wording.ky", not(containsString("5708900")))
                .body("executors.agency", contains("PDA", "MTBMK", "UKMK"));
    }

    @Test
    void onlyAMergedFundingCellNamesTheMeasureItIsSharedWith() {
        given()
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("findAll { it.funding?.sharedWith != null }.code", contains("5.3"))
                .body("find { it.code == '5.2' }.funding", not(hasKey("sharedWith")));
    }

    @Test
    void measure1_11IsAContinuousAuditInEveryLanguage() {
        given()
                .when().get(MEASURES + "/1.11")
                .then().statusCode(200)
                .body("text.ky", containsString("үзгүлтүксүз аудит"))
                .body("text.ru", equalTo("Проведение непрерывного аудита кибербезопасности государственных "
                        + "информационных систем, государственных информационных инфраструктур"))
                .body("text.en", equalTo("Conducting a continuous audit of the cybersecurity of state information "
                        + "systems and state information infrastructures"));
    }

    @Test
    void measure5_1NotesThatItsDeadlineFallsBeforeTheActWasAdopted() {
        given()
                .when().get(MEASURES + "/5.1")
                .then().statusCode(200)
                .body("deadline.dueOn", equalTo("2019-07-01"))
                .body("editorialNote", containsString("falls before the act itself"))
                .body("editorialNote", containsString("24 July 2019"));
    }

    @Test
    void aSpanOfYearsKeepsItsWordingAndIsDueOnTheLastDayOfItsLastYear() {
        given()
                .when().get(MEASURES + "/6.2")
                .then().statusCode(200)
                .body("deadline.kind", equalTo("SPAN"))
                .body("deadline.startsOn", equalTo("2019-01-01"))
                .body("deadline.dueOn", equalTo("2023-12-31"))
                .body("deadline.wording.ky", equalTo("2019-2023-жылдар"))
                .body("executors.agency", contains("MKK", "MTBMK", "UKMK"))
                .body("executors[0].byAgreement", equalTo(true));
    }

    @Test
    void repealedMeasuresStayInTheCatalogueWithTheRepealingAct() {
        for (String code : new String[] {"1.6", "1.9"}) {
            given()
                    .when().get(MEASURES + "/" + code)
                    .then().statusCode(200)
                    .body("status", equalTo("REPEALED"))
                    .body("repeal.act.number", equalTo("199"))
                    .body("repeal.act.date", equalTo("2022-04-08"))
                    .body("repeal.note.ky", equalTo("КР Министрлер Кабинетинин 2022-жылдын 8-апрелиндеги № 199 токтомуна ылайык күчүн жоготту"))
                    .body("deadline", nullValue())
                    .body("overdue", equalTo(false));
        }
    }

    @Test
    void filtersByExecutingAgency() {
        given()
                .queryParam("agency", "BIM")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", contains("6.1", "8.2", "8.3"));
    }

    @Test
    void filtersByTask() {
        given()
                .queryParam("task", "5")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", contains("5.1", "5.2", "5.3"));
    }

    @Test
    void filtersCombine() {
        given()
                .queryParam("task", "5")
                .queryParam("agency", "BIM")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", empty());
    }

    @Test
    void aSuccessorTakesOverItsPredecessorsMeasuresFromTheSuccessionDate() {
        given()
                .queryParam("agency", "MDD")
                .queryParam("asOf", "2021-05-04")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", empty());
        given()
                .queryParam("agency", "MDD")
                .queryParam("asOf", "2021-05-05")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", contains("1.11", "5.1", "5.2", "5.3", "6.1", "6.2", "7.1", "8.1", "8.2", "8.3"));
    }

    @Test
    void theMinistryOfDigitalDevelopmentCarriesTheCommitteesMeasuresAtTheEndOf2021H1() {
        given()
                .queryParam("agency", "MDD")
                .queryParam("asOf", "2021-06-30")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", contains("1.11", "5.1", "5.2", "5.3", "6.1", "6.2", "7.1", "8.1", "8.2", "8.3"));
    }

    @Test
    void theMinistryOfCultureInformationSportsAndYouthPolicyCarriesItsPredecessorsMeasuresFrom5May2021() {
        given()
                .queryParam("agency", "MMSJSM")
                .queryParam("asOf", "2021-05-04")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", empty());
        given()
                .queryParam("agency", "MMSJSM")
                .queryParam("asOf", "2021-05-05")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", contains("7.1", "8.1", "8.2", "8.3"));
    }

    @Test
    void measuresWhoseDeadlinePassedAreOverdue() {
        given()
                .queryParam("overdue", "true")
                .queryParam("asOf", "2020-06-21")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", contains("1.1", "1.2", "1.3", "5.1", "5.2", "5.3"))
                .body("overdue", not(hasItem(false)));
    }

    @Test
    void theDueDayItselfIsStillInTime() {
        given()
                .queryParam("overdue", "true")
                .queryParam("asOf", "2020-06-20")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", contains("5.1", "5.2", "5.3"));
    }

    @Test
    void overdueFalseListsTheRestIncludingRepealedMeasures() {
        given()
                .queryParam("overdue", "false")
                .queryParam("asOf", "2020-06-21")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", hasSize(17))
                .body("code", hasItem("1.6"))
                .body("code", not(hasItem("1.1")));
    }

    @Test
    void afterThePlanEndedEveryMeasureInForceIsOverdueUntilReportedComplete() {
        given()
                .queryParam("overdue", "true")
                .queryParam("asOf", "2024-01-01")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", hasSize(21));
    }

    @Test
    void withoutAsOfOverdueIsJudgedOnTodayInBishkek() {
        clock.set(Instant.parse("2020-06-20T17:59:00Z"));
        given()
                .queryParam("overdue", "true")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", not(hasItem("1.1")));

        clock.set(Instant.parse("2020-06-20T18:00:00Z"));
        given()
                .queryParam("overdue", "true")
                .when().get(MEASURES)
                .then().statusCode(200)
                .body("code", hasItem("1.1"));
    }

    @Test
    void oneMeasureTellsWhetherItIsOverdueAsOfAGivenDay() {
        given()
                .queryParam("asOf", "2021-07-01")
                .when().get(MEASURES + "/1.10")
                .then().statusCode(200)
                .body("overdue", equalTo(true));
        given()
                .queryParam("asOf", "2021-06-30")
                .when().get(MEASURES + "/1.10")
                .then().statusCode(200)
                .body("overdue", equalTo(false));
    }

    @Test
    void anAsOfThatIsNotADateIsABadRequest() {
        given()
                .queryParam("asOf", "2020-13-01")
                .when().get(MEASURES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:invalid-parameter"))
                .body("errors[0].path", equalTo("asOf"));
    }

    @Test
    void anOverdueThatIsNotABooleanIsABadRequest() {
        given()
                .queryParam("overdue", "yes")
                .when().get(MEASURES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].path", equalTo("overdue"));
    }

    @Test
    void anUnknownAgencyFilterIsABadRequest() {
        given()
                .queryParam("agency", "NOPE")
                .when().get(MEASURES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].path", equalTo("agency"))
                .body("detail", equalTo("unknown agency NOPE"));
    }

    @Test
    void anUnknownTaskFilterIsABadRequest() {
        given()
                .queryParam("task", "9")
                .when().get(MEASURES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].path", equalTo("task"));
    }

    @Test
    void anUnknownMeasureIsNotFound() {
        given()
                .when().get(MEASURES + "/9.9")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:not-found"))
                .body("detail", equalTo("Plan cybersecurity-2019-2023 has no measure 9.9."));
    }

    @Test
    void measuresOfAnUnknownPlanAreNotFound() {
        given()
                .when().get("/api/v1/plans/no-such-plan/measures")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given()
                .when().get("/api/v1/plans/no-such-plan/measures/1.1")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
