package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.completed;
import static kg.actionplan.tracker.report.ReportFixtures.create;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * Who reports after a reorganisation. On the seeded plan, after МТБМК became the Ministry of Digital Development on
 * 5 May 2021: the ministry, from 2021-H1 on, on the committee's measures. A report is one per plan, half-year and
 * agency, so no other test may open MDD's report on 2021-H1 of the seeded plan.
 */
@QuarkusTest
class ReportSuccessionTest {

    private static final String SEEDED = "cybersecurity-2019-2023";
    private static final String REPORTER_MTBMK = "reporter-mtbmk";

    @Test
    void aReporterOfTheMinistryOfDigitalDevelopmentOpensThe2021H1ReportOnTheCommitteesMeasures() {
        create(TestAccounts.REPORTER_MDD, SEEDED, "2021-H1", "MDD")
                .statusCode(201)
                .body("agency", equalTo("MDD"))
                .body("period", equalTo("2021-H1"))
                .body("entries.measure",
                        contains("1.11", "5.1", "5.2", "5.3", "6.1", "6.2", "7.1", "8.1", "8.2", "8.3"));
    }

    @Test
    void theCommitteeHasNothingToReportFor2021H1SinceItsDutiesPassedToTheMinistry() {
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("username", REPORTER_MTBMK, "password", TestAccounts.PASSWORD, "role", "REPORTER",
                        "agency", "MTBMK", "email", REPORTER_MTBMK + "@tracker.gov.kg", "language", "ky"))
                .when().post("/api/v1/users")
                .then().statusCode(201);

        create(REPORTER_MTBMK, SEEDED, "2021-H1", "MTBMK")
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].path", equalTo("/agency"))
                .body("errors[0].message",
                        equalTo("MTBMK's duties passed to MDD on 2021-05-05; MDD reports for 2021-H1"));
    }

    @Test
    void aSuccessorDoesNotReportAgainWhatItsPredecessorReportedCompleted() {
        String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase(Locale.ROOT);
        String predecessor = "OLD" + suffix;
        String successor = "NEW" + suffix;
        String plan = newPlan(document -> {
            ArrayNode agencies = (ArrayNode) document.get("agencies");
            agency(agencies, predecessor).putObject("successor").put("agency", successor).put("from", "2024-09-01");
            agency(agencies, successor).put("establishedOn", "2024-09-01");
            JsonNode tasks = document.get("plan").get("tasks");
            for (JsonNode task : List.of(tasks.get(0), tasks.get(1))) {
                ((ArrayNode) task.get("measures").get(0).get("executors")).addObject().put("agency", predecessor);
            }
        });
        String before = reporter(predecessor);
        String after = reporter(successor);
        long first = createReport(before, plan, "2024-H1", predecessor);
        edit(before, first, "2.1", completed("The register is in service."));
        submit(before, first).statusCode(200);

        create(after, plan, "2024-H2", successor)
                .statusCode(201)
                .body("entries.measure", contains("1.1"));
    }

    private static ObjectNode agency(ArrayNode agencies, String code) {
        ObjectNode agency = agencies.addObject().put("code", code);
        agency.putObject("name").put("ky", code).put("ru", code).put("en", code);
        agency.putObject("abbreviation").put("ky", code).put("ru", code).put("en", code);
        return agency;
    }

    private static String reporter(String agency) {
        String username = "reporter-" + agency.toLowerCase(Locale.ROOT);
        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TestAccounts.PASSWORD, "role", "REPORTER",
                        "agency", agency, "language", "en"))
                .when().post("/api/v1/users")
                .then().statusCode(201);
        return username;
    }
}
