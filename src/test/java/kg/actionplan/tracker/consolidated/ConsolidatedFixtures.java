package kg.actionplan.tracker.consolidated;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.report.ReportFixtures;

/**
 * What the consolidated-report tests share: the report's addresses, and a fresh plan with enough agencies to give a
 * real mix of submissions.
 *
 * <p>The mixed plan is the minimal plan ({@link ReportFixtures#newPlan()}) with two more agencies, CONSB and CONSC,
 * and a task 3:
 * <ul>
 * <li>3.1 due 2025-03-31, executed by CONSB;</li>
 * <li>3.2 due over 2024–2028, executed by CONSC;</li>
 * <li>3.3 due 2025-04-30, executed by UKMK.</li>
 * </ul>
 * So on each half-year four agencies are expected to report: CONSB, CONSC, TESTAG (1.1) and UKMK (1.1, 2.1, 3.3).
 */
final class ConsolidatedFixtures {

    static final String SEEDED = "cybersecurity-2019-2023";
    static final String CONSB = "CONSB";
    static final String CONSC = "CONSC";
    static final String REPORTER_CONSB = "reporter-consb";
    static final String PROBLEM_JSON = ReportFixtures.PROBLEM_JSON;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Set<String> READY_REPORTERS = ConcurrentHashMap.newKeySet();

    private ConsolidatedFixtures() {
    }

    static String url(String plan, String period) {
        return "/api/v1/plans/" + plan + "/periods/" + period + "/consolidated-report";
    }

    /**
     * POST: builds a new version as {@code user}.
     */
    static ValidatableResponse build(String user, String plan, String period) {
        return as(user).when().post(url(plan, period)).then();
    }

    /**
     * Builds a new version as the coordinator, expects 201 and returns the response.
     */
    static ValidatableResponse built(String plan, String period) {
        return build(TestAccounts.COORDINATOR, plan, period).statusCode(201);
    }

    /**
     * Makes sure the seeded plan has a version on {@code period}, as the coordinator. The seeded plan is shared by
     * the test classes, so another may have built it already: then the build answers with that version (200) if
     * nothing changed since, and with a new one (201) if something did.
     */
    static void seededBuilt(String period) {
        build(TestAccounts.COORDINATOR, SEEDED, period).statusCode(anyOf(is(200), is(201)));
    }

    static ValidatableResponse latest(String user, String plan, String period) {
        return as(user).when().get(url(plan, period)).then();
    }

    static ValidatableResponse version(String user, String plan, String period, int number) {
        return as(user).when().get(url(plan, period) + "/versions/" + number).then();
    }

    static ValidatableResponse versions(String user, String plan, String period) {
        return as(user).when().get(url(plan, period) + "/versions").then();
    }

    /**
     * The latest version's bytes in {@code format} and {@code lang}, read by the coordinator; expects 200.
     */
    static byte[] file(String plan, String period, String format, String lang) {
        return coordinator().queryParam("format", format).queryParam("lang", lang)
                .when().get(url(plan, period))
                .then().statusCode(200)
                .extract().asByteArray();
    }

    static RequestSpecification coordinator() {
        return as(TestAccounts.COORDINATOR);
    }

    /**
     * A fresh minimal plan with agencies CONSB and CONSC and task 3 (see the class comment); the reporter of CONSB
     * exists when it returns.
     */
    static String newMixedPlan() {
        String plan = ReportFixtures.newPlan(document -> {
            ArrayNode agencies = (ArrayNode) document.get("agencies");
            agency(agencies.addObject(), CONSB, "Б", "B");
            agency(agencies.addObject(), CONSC, "В", "C");
            ArrayNode tasks = (ArrayNode) document.get("plan").get("tasks");
            ObjectNode funding = (ObjectNode) tasks.get(1).get("measures").get(0).get("funding");
            ObjectNode task = tasks.addObject();
            task.put("code", "3");
            text(task.putObject("title"), "Үчүнчү милдет", "Третья задача", "Third task");
            ArrayNode measures = task.putArray("measures");
            measure(measures.addObject(), "3.1", funding, CONSB).putObject("deadline").put("date", "2025-03-31")
                    .set("wording", text("2025-жылдын 31-марты", "31 марта 2025 года", "31 March 2025"));
            ObjectNode span = measure(measures.addObject(), "3.2", funding, CONSC).putObject("deadline");
            span.putObject("years").put("from", 2024).put("to", 2028);
            span.set("wording", text("2024-2028-жылдар", "2024-2028 годы", "2024–2028"));
            measure(measures.addObject(), "3.3", funding, "UKMK").putObject("deadline").put("date", "2025-04-30")
                    .set("wording", text("2025-жылдын 30-апрели", "30 апреля 2025 года", "30 April 2025"));
        });
        ensureReporter(REPORTER_CONSB, CONSB);
        return plan;
    }

    /**
     * Creates a reporter account for {@code agency} (once; the agency must exist).
     */
    static void ensureReporter(String username, String agency) {
        if (READY_REPORTERS.contains(username)) {
            return;
        }
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TestAccounts.PASSWORD, "role", "REPORTER",
                        "agency", agency, "email", username + "@tracker.gov.kg", "language", "ru"))
                .when().post("/api/v1/users")
                .then().statusCode(anyOf(is(201), is(409)));
        READY_REPORTERS.add(username);
    }

    private static void agency(ObjectNode agency, String code, String letter, String latin) {
        agency.put("code", code);
        text(agency.putObject("name"), "Сыноо мекемеси " + letter, "Тестовый орган " + letter, "Test body " + latin);
        text(agency.putObject("abbreviation"), "СМ" + letter, "ТО" + letter, "TB" + latin);
    }

    private static ObjectNode measure(ObjectNode measure, String code, ObjectNode funding, String executor) {
        measure.put("code", code);
        text(measure.putObject("text"), "Чара " + code, "Мероприятие " + code, "Measure " + code);
        text(measure.putObject("expectedResult"), "Натыйжа " + code, "Результат " + code, "Result " + code);
        measure.set("funding", funding.deepCopy());
        measure.putArray("executors").addObject().put("agency", executor);
        return measure;
    }

    private static ObjectNode text(String ky, String ru, String en) {
        return text(JsonNodeFactory.instance.objectNode(), ky, ru, en);
    }

    private static ObjectNode text(ObjectNode node, String ky, String ru, String en) {
        return node.put("ky", ky).put("ru", ru).put("en", en);
    }
}
