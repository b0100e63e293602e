package kg.actionplan.tracker.operations;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * Request timings at /q/metrics are by method, route template and status: never a path with an id in it, whether a
 * resource answered the request or it was refused before one was chosen.
 */
@QuarkusTest
@TestProfile(WithoutMail.class)
class RequestMetricsTest {

    private static final String COUNT = "http_server_requests_seconds_count";

    @Test
    void aRequestIsCountedUnderItsRouteTemplateAndStatusNeverUnderItsPath() {
        String id = unusedId();
        Map<String, String> missingReport = labels("GET", "404", "/api/v1/reports/{id}");
        Map<String, String> measure = labels("GET", "200", "/api/v1/plans/{planCode}/measures/{measureCode}");
        double missingBefore = count(missingReport);
        double measureBefore = count(measure);

        as(TestAccounts.ADMIN).when().get("/api/v1/reports/" + id).then().statusCode(404);
        given().when().get("/api/v1/plans/cybersecurity-2019-2023/measures/1.1").then().statusCode(200);
        given().when().get("/api/v1/plans/cybersecurity-2019-2023/measures/6.1").then().statusCode(200);

        String metrics = metrics();
        assertEquals(missingBefore + 1, count(metrics, missingReport));
        assertEquals(measureBefore + 2, count(metrics, measure));
        assertFalse(metrics.contains(id), "a report id at /q/metrics");
        assertFalse(metrics.contains("/measures/1.1"), "a measure code at /q/metrics");
    }

    @Test
    void aParameterlessRouteKeepsItsNameOnAnError() {
        Map<String, String> unauthorized = labels("POST", "401", "/api/v1/plans");
        double before = count(unauthorized);

        given().contentType("application/json").body("{}").when().post("/api/v1/plans").then().statusCode(401);

        assertEquals(before + 1, count(unauthorized));
    }

    @Test
    void requestsRefusedBeforeAResourceIsChosenAreCountedAsAnUnknownRouteWithoutTheirPath() {
        String id = unusedId();
        Map<String, String> notAllowed = labels("DELETE", "405", RequestMetrics.UNKNOWN_ROUTE);
        Map<String, String> tooLarge = labels("PUT", "413", RequestMetrics.UNKNOWN_ROUTE);
        Map<String, String> unknownMethod = labels(RequestMetrics.OTHER_METHOD, "405", RequestMetrics.UNKNOWN_ROUTE);
        double notAllowedBefore = count(notAllowed);
        double tooLargeBefore = count(tooLarge);
        double unknownMethodBefore = count(unknownMethod);

        as(TestAccounts.ADMIN).when().delete("/api/v1/reports/" + id).then().statusCode(405);
        as(TestAccounts.ADMIN).contentType("application/json").body("{\"narrative\": \"" + "x".repeat(1024 * 1024) + "\"}")
                .when().put("/api/v1/reports/" + id + "/entries/1.1").then().statusCode(413);
        given().when().request("PROPFIND" + id.substring(0, 3), "/api/v1/agencies/BIM" + id).then().statusCode(405);

        String metrics = metrics();
        assertEquals(notAllowedBefore + 1, count(metrics, notAllowed));
        assertEquals(tooLargeBefore + 1, count(metrics, tooLarge));
        assertEquals(unknownMethodBefore + 1, count(metrics, unknownMethod));
        assertFalse(metrics.contains(id), "a path's id at /q/metrics");
        assertFalse(metrics.contains("PROPFIND"), "an invented method at /q/metrics");
    }

    @Test
    void quarkusOwnEndpointsAreNotTimed() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);

        String metrics = metrics();
        assertTrue(metrics.contains(COUNT + "{"), "no request timings at /q/metrics");
        assertFalse(metrics.contains("uri=\"/q/"), "a /q/ endpoint is timed");
    }

    /**
     * Digits that no report has: the tests' database holds far fewer reports.
     */
    private static String unusedId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(7_000_000_000L, 8_000_000_000L));
    }

    private static Map<String, String> labels(String method, String status, String uri) {
        return Map.of("method", method, "status", status, "uri", uri);
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double count(Map<String, String> labels) {
        return count(metrics(), labels);
    }

    /**
     * The request count of the series with these labels, 0 while there is none.
     */
    private static double count(String metrics, Map<String, String> labels) {
        return metrics.lines().filter(line -> line.startsWith(COUNT + "{"))
                .filter(line -> seriesLabels(line).entrySet().containsAll(labels.entrySet()))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static Map<String, String> seriesLabels(String line) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String pair : line.substring(line.indexOf('{') + 1, line.lastIndexOf('}')).split("\",")) {
            String[] keyAndValue = pair.split("=\"", 2);
            labels.put(keyAndValue[0], keyAndValue[1].replaceAll("\"$", ""));
        }
        return labels;
    }
}
