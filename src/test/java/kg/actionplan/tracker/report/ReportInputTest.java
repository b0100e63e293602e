package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTS;
import static kg.actionplan.tracker.report.ReportFixtures.create;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.entry;
import static kg.actionplan.tracker.report.ReportFixtures.entryIs;
import static kg.actionplan.tracker.report.ReportFixtures.etag;
import static kg.actionplan.tracker.report.ReportFixtures.getEntry;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.putEntry;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * Input the reports API refuses, each time as a problem detail and without changing what is stored.
 */
@QuarkusTest
class ReportInputTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;

    private record Draft(String plan, long id, String etag) {
    }

    /**
     * A UKMK draft on 2024-H1 of a fresh plan whose entry 1.1 says IN_PROGRESS 40 "Before".
     */
    private static Draft draft() {
        String plan = newPlan();
        long id = createReport(UKMK, plan, "2024-H1", "UKMK");
        String tag = edit(UKMK, id, "1.1", inProgress(40, "Before")).extract().header("ETag");
        return new Draft(plan, id, tag);
    }

    /**
     * Entry 1.1 is still as {@link #draft()} left it, with the same ETag.
     */
    private static void unchanged(Draft draft) {
        entryIs(UKMK, draft.id(), "1.1", "IN_PROGRESS", 40)
                .header("ETag", equalTo(draft.etag()))
                .body("narrative", equalTo("Before"))
                .body("evidence", hasSize(0));
    }

    private static ValidatableResponse invalidInput(ValidatableResponse response, String path) {
        return response.statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:invalid-input"))
                .body("errors[0].path", equalTo(path));
    }

    private static ValidatableResponse invalidParameter(ValidatableResponse response, String path) {
        return response.statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:invalid-parameter"))
                .body("errors[0].path", equalTo(path));
    }

    private static void noReportsIn(String plan) {
        as(TestAccounts.COORDINATOR).queryParam("plan", plan).when().get(REPORTS)
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aMalformedJsonBodyIsABadRequest() {
        Draft draft = draft();

        as(UKMK)
                .contentType(ContentType.JSON)
                .header("If-Match", draft.etag())
                .body("{\"status\": \"IN_PROGRESS\", \"progressPercent\": ")
                .when().put(REPORTS + "/" + draft.id() + "/entries/1.1")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:malformed-body"));
        unchanged(draft);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-H3", "2024H1", "2024-h1", "24-H1"})
    void aPeriodThatIsNotWrittenLikeAHalfYearIsABadRequest(String period) {
        String plan = newPlan();

        invalidParameter(create(UKMK, plan, period, "UKMK"), "period");
        noReportsIn(plan);
    }

    @Test
    void aPeriodOutsideThePlanIsABadRequest() {
        String plan = newPlan();

        invalidParameter(create(UKMK, plan, "2030-H1", "UKMK"), "period");
        invalidParameter(create(UKMK, plan, "2023-H2", "UKMK"), "period");
        noReportsIn(plan);
    }

    @Test
    void anUnknownPlanIsRefused() {
        invalidInput(create(UKMK, "rpt-no-such-plan", "2024-H1", "UKMK"), "/planCode");
    }

    @Test
    void anAgencyWithNothingToReportIsRefused() {
        String plan = newPlan();

        invalidInput(create(TestAccounts.REPORTER_BIM, plan, "2024-H1", "BIM"), "/agency");
        noReportsIn(plan);
    }

    @Test
    void anAgencyThatDidNotExistYetAtTheEndOfTheHalfYearHasNothingToReport() {
        invalidInput(create(TestAccounts.REPORTER_MDD, "cybersecurity-2019-2023", "2020-H2", "MDD"), "/agency")
                .body("errors[0].message", equalTo("MDD did not exist yet at the end of 2020-H2 (established 2021-05-05)"));
    }

    @Test
    void aMeasureThePlanDoesNotHaveIsNotFound() {
        Draft draft = draft();

        putEntry(UKMK, draft.id(), "9.9", draft.etag(), inProgress(10, "x"))
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:not-found"));
        getEntry(UKMK, draft.id(), "9.9").statusCode(404).contentType(PROBLEM_JSON);
        unchanged(draft);
    }

    @Test
    void aMeasureOfThePlanThatTheAgencyDoesNotExecuteIsRefused() {
        String plan = newPlan();
        long id = createReport(REPORTER_TESTAG, plan, "2024-H1", "TESTAG");
        String tag = etag(REPORTER_TESTAG, id, "1.1");

        invalidInput(putEntry(REPORTER_TESTAG, id, "2.1", tag, inProgress(10, "Not ours")), "measureCode");
        as(REPORTER_TESTAG).when().get(REPORTS + "/" + id)
                .then().statusCode(200).body("entries.measure", contains("1.1"));
    }

    @Test
    void aRepealedMeasureIsNotInTheReport() {
        Draft draft = draft();

        invalidInput(putEntry(UKMK, draft.id(), "1.2", draft.etag(), inProgress(10, "Repealed")), "measureCode");
        unchanged(draft);
    }

    @ParameterizedTest
    @ValueSource(ints = {120, 101, -1})
    void aPercentageOutside0To100IsRefused(int percent) {
        Draft draft = draft();

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), inProgress(percent, "x")), "/progressPercent");
        unchanged(draft);
    }

    @Test
    void aMissingPercentageIsRefused() {
        Draft draft = draft();

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), Map.of("status", "IN_PROGRESS")),
                "/progressPercent");
        unchanged(draft);
    }

    @Test
    void aNarrativeOver20000CharactersIsRefused() {
        Draft draft = draft();

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), inProgress(50, "x".repeat(20001))),
                "/narrative");
        unchanged(draft);
    }

    @Test
    void aNarrativeOfExactly20000CharactersIsKept() {
        Draft draft = draft();

        putEntry(UKMK, draft.id(), "1.1", draft.etag(), inProgress(50, "y".repeat(20000))).statusCode(200);
        getEntry(UKMK, draft.id(), "1.1").statusCode(200).body("narrative.length()", equalTo(20000));
    }

    @Test
    void anUnknownStatusIsRefused() {
        Draft draft = draft();

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), entry("DONE", 100, "x")), "/status");
        unchanged(draft);
    }

    @Test
    void aCompletedMeasureMustBeAt100Percent() {
        Draft draft = draft();

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), entry("COMPLETED", 50, "x")), "/progressPercent");
        unchanged(draft);
    }

    @Test
    void aMeasureNotStartedMustBeAt0Percent() {
        Draft draft = draft();

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), entry("NOT_STARTED", 10, "x")), "/progressPercent");
        unchanged(draft);
    }

    @Test
    void anUnknownFieldIsRefused() {
        Draft draft = draft();
        Map<String, Object> body = inProgress(50, "x");
        body.put("unknownField", "surprise");

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), body), "/unknownField");
        unchanged(draft);
    }

    @Test
    void evidenceWithoutAnActNumberAndDateOrAUrlIsRefused() {
        Draft draft = draft();
        Map<String, Object> body = inProgress(50, "x");
        body.put("evidence", List.of(Map.of("title", "An order", "actNumber", "17")));

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), body), "/evidence/0");
        unchanged(draft);
    }

    @Test
    void evidenceWithOnlyATitleIsRefused() {
        Draft draft = draft();
        Map<String, Object> body = inProgress(50, "x");
        body.put("evidence", List.of(Map.of("title", "Minutes of the meeting")));

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), body), "/evidence/0");
        unchanged(draft);
    }

    @Test
    void evidenceWithAnActNumberAndDateOrAUrlIsKept() {
        Draft draft = draft();
        Map<String, Object> body = inProgress(50, "x");
        body.put("evidence", List.of(
                Map.of("title", "Order", "actNumber", "17", "actDate", "2024-05-02"),
                Map.of("title", "Announcement", "url", "https://example.gov.kg/news/1")));
        body.put("spent", Map.of("amount", 1500.5, "currency", "KGS", "fundingSource", "REPUBLICAN_BUDGET"));

        putEntry(UKMK, draft.id(), "1.1", draft.etag(), body).statusCode(200);
        getEntry(UKMK, draft.id(), "1.1").statusCode(200)
                .body("evidence.title", contains("Order", "Announcement"))
                .body("evidence[0].actDate", equalTo("2024-05-02"))
                .body("evidence[1].url", equalTo("https://example.gov.kg/news/1"))
                .body("spent.currency", equalTo("KGS"))
                .body("spent.fundingSource", equalTo("REPUBLICAN_BUDGET"));
    }

    @Test
    void aNullEvidenceItemIsRefusedWithItsIndexAsPath() {
        Draft draft = draft();
        Map<String, Object> body = inProgress(50, "x");
        body.put("evidence", Arrays.asList((Object) null));

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), body), "/evidence/0");
        unchanged(draft);
    }

    @Test
    void evidenceWithANonHttpUrlIsRefused() {
        Draft draft = draft();
        Map<String, Object> body = inProgress(50, "x");
        body.put("evidence", List.of(Map.of("title", "Announcement", "url", "ftp://example.gov.kg/1")));

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), body), "/evidence/0/url");
        unchanged(draft);
    }

    @Test
    void spendingInAnotherCurrencyIsRefused() {
        Draft draft = draft();
        Map<String, Object> body = inProgress(50, "x");
        body.put("spent", Map.of("amount", 10, "currency", "USD"));

        invalidInput(putEntry(UKMK, draft.id(), "1.1", draft.etag(), body), "/spent/currency");
        unchanged(draft);
    }

    @Test
    void aPeriodFilterThatIsNotAHalfYearIsABadRequest() {
        invalidParameter(as(TestAccounts.COORDINATOR).queryParam("period", "bad").when().get(REPORTS).then(),
                "period");
    }

    @Test
    void aStatusFilterThatIsNoReportStatusIsABadRequest() {
        invalidParameter(as(TestAccounts.COORDINATOR).queryParam("status", "NOPE").when().get(REPORTS).then(),
                "status");
    }

    @Test
    void anUnknownPlanFilterIsABadRequest() {
        invalidParameter(as(TestAccounts.COORDINATOR).queryParam("plan", "rpt-no-such-plan").when().get(REPORTS)
                .then(), "plan");
    }

    @Test
    void theListFiltersCombine() {
        String plan = newPlan();
        long h1 = createReport(UKMK, plan, "2024-H1", "UKMK");
        createReport(UKMK, plan, "2024-H2", "UKMK");
        createReport(REPORTER_TESTAG, plan, "2024-H1", "TESTAG");
        ReportFixtures.submit(UKMK, h1).statusCode(200);

        as(TestAccounts.COORDINATOR).queryParam("plan", plan).queryParam("status", "SUBMITTED").when().get(REPORTS)
                .then().statusCode(200).body("id", contains((int) h1));
        as(TestAccounts.COORDINATOR).queryParam("plan", plan).queryParam("period", "2024-H1").when().get(REPORTS)
                .then().statusCode(200).body("agency", contains("TESTAG", "UKMK"));
        as(TestAccounts.COORDINATOR).queryParam("plan", plan).queryParam("agency", "UKMK").when().get(REPORTS)
                .then().statusCode(200).body("period", contains("2024-H2", "2024-H1"));
    }
}
