package kg.actionplan.tracker.plan;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.common.RawHttp.padded;
import static kg.actionplan.tracker.common.RawHttp.send;
import static kg.actionplan.tracker.plan.PlanDocuments.minimal;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.RawHttp;

/**
 * A plan document may be larger than the 1 MiB of any other body, up to tracker.plans.max-document-size: 2 MiB here,
 * so that the test sends little (32 MiB by default, enough for the 5 000 measures of PlanImportTest). One byte more is
 * refused with a problem detail before any of it is read, and nothing is imported, whether the length is declared or
 * the document comes in chunks.
 */
@QuarkusTest
@TestProfile(PlanDocumentSizeTest.TwoMebibytes.class)
class PlanDocumentSizeTest {

    private static final int LIMIT = 2 * 1024 * 1024;

    public static class TwoMebibytes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.plans.max-document-size", "2M");
        }
    }

    @TestHTTPResource("/")
    URI service;

    @Test
    void aPlanDocumentOfExactlyItsLimitIsImportedAndOneByteMoreIsRefused() throws Exception {
        importedAtTheLimitAndRefusedOneByteOver("size-declared", RawHttp::declared);
    }

    @Test
    void aChunkedPlanDocumentOfExactlyItsLimitIsImportedAndOneByteMoreIsRefused() throws Exception {
        importedAtTheLimitAndRefusedOneByteOver("size-chunked", RawHttp::chunked);
    }

    private void importedAtTheLimitAndRefusedOneByteOver(String planCode, Function<String, HttpRequest.BodyPublisher> body)
            throws Exception {
        HttpResponse<String> atTheLimit = send(request().POST(body.apply(
                padded(minimal(planCode + "-at-limit").toString(), LIMIT))));
        HttpResponse<String> oneByteOver = send(request().POST(body.apply(
                padded(minimal(planCode + "-over-limit").toString(), LIMIT + 1))));

        assertEquals(201, atTheLimit.statusCode(), atTheLimit.body());
        assertEquals(413, oneByteOver.statusCode(), oneByteOver.body());
        assertEquals(Optional.of(PROBLEM_JSON), oneByteOver.headers().firstValue("Content-Type"));
        assertEquals(Map.of("type", "urn:tracker:problem:payload-too-large",
                "title", "Payload too large",
                "status", 413,
                "detail", "The plan document is larger than the 2097152 bytes this service accepts.",
                "instance", "/api/v1/plans"), JsonPath.from(oneByteOver.body()).getMap("$"));
        given().when().get("/api/v1/plans/" + planCode + "-at-limit").then().statusCode(200);
        given().when().get("/api/v1/plans/" + planCode + "-over-limit").then().statusCode(404);
    }

    private HttpRequest.Builder request() {
        return RawHttp.request(service, TestAccounts.COORDINATOR, "/api/v1/plans");
    }
}
