package kg.actionplan.tracker.consolidated;

import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.built;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.url;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * The header of a consolidated report: which plan, half-year and version it is, on what legal basis, as of which day,
 * and in which language its texts are.
 */
@QuarkusTest
class ConsolidatedReportHeaderTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFirstOnDemandBuildIsVersion1AsOfTheHalfYearsLastDayWithItsDueDaysAndHash() {
        String plan = newPlan();
        clock.set(Instant.parse("2025-07-20T06:00:00Z"));

        built(plan, "2025-H1")
                .contentType("application/json")
                .header("Location", endsWith(url(plan, "2025-H1") + "/versions/1"))
                .body("header.planCode", equalTo(plan))
                .body("header.planTitle", equalTo("Сыноо планы"))
                .body("header.period", equalTo("2025-H1"))
                .body("header.legalBasis", hasSize(1))
                .body("header.legalBasis[0].number", equalTo("1"))
                .body("header.legalBasis[0].date", equalTo("2024-02-01"))
                .body("header.legalBasis[0].title", equalTo("Токтом"))
                .body("header.asOf", equalTo("2025-06-30"))
                .body("header.agencyReportDue", equalTo("2025-07-05"))
                .body("header.consolidatedReportDue", equalTo("2025-07-25"))
                .body("header.version", equalTo(1))
                .body("header.kind", equalTo("ON_DEMAND"))
                .body("header.generatedAt", equalTo("2025-07-20T06:00:00Z"))
                .body("header.generatedBy", equalTo(TestAccounts.COORDINATOR))
                .body("header.contentHash", matchesPattern("[0-9a-f]{64}"))
                .body("header.language", equalTo("ky"));
    }

    @Test
    void theSecondHalfYearSpeaksForThirtyFirstDecemberAndFallsDueInJanuary() {
        String plan = newPlan();

        built(plan, "2024-H2")
                .body("header.period", equalTo("2024-H2"))
                .body("header.asOf", equalTo("2024-12-31"))
                .body("header.agencyReportDue", equalTo("2025-01-05"))
                .body("header.consolidatedReportDue", equalTo("2025-01-25"));
    }

    @Test
    void thePlansTextsComeInTheLanguageAskedFor() {
        String plan = newPlan();
        built(plan, "2025-H1");

        ConsolidatedFixtures.coordinator().queryParam("lang", "ru").when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .body("header.language", equalTo("ru"))
                .body("header.planTitle", equalTo("Тестовый план"))
                .body("header.legalBasis[0].title", equalTo("Постановление"))
                .body("tasks[0].title", equalTo("Первая задача"))
                .body("tasks[0].measures[0].text", equalTo("Мероприятие"))
                .body("tasks[0].measures[0].deadline", equalTo("30 июня 2025 года"))
                .body("tasks[0].measures[0].executors.abbreviation", contains("ТА", "ГКНБ"))
                .body("repealed[0].note", equalTo("Утратил силу"));
        ConsolidatedFixtures.coordinator().queryParam("lang", "en").when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .body("header.language", equalTo("en"))
                .body("header.planTitle", equalTo("Test plan"))
                .body("tasks[0].measures[0].expectedResult", equalTo("Result"))
                .body("tasks[0].measures[0].executors.abbreviation", contains("TA", "SCNS"));
    }

    @Test
    void theBuildItselfAnswersInTheLanguageAskedFor() {
        String plan = newPlan();

        ConsolidatedFixtures.coordinator().queryParam("lang", "en").when().post(url(plan, "2025-H1"))
                .then().statusCode(201)
                .body("header.language", equalTo("en"))
                .body("header.planTitle", equalTo("Test plan"));
    }

    @Test
    void theKyrgyzOriginalIsTheDefault() {
        String plan = newPlan();
        built(plan, "2025-H1");

        ConsolidatedFixtures.latest(TestAccounts.OBSERVER, plan, "2025-H1").statusCode(200)
                .body("header.language", equalTo("ky"))
                .body("tasks[0].measures[0].text", equalTo("Иш-чара"))
                .body("tasks[0].measures[0].deadline", equalTo("2025-жылдын 30-июну"));
    }
}
