package kg.actionplan.tracker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * What the packaged service acknowledged is on disk: a {@code kill -9} right after the answer loses nothing.
 */
class AcknowledgedWorkSurvivesKillIT {

    private static final String ADMIN_PASSWORD = "kill-test-admin-password";
    private static final String REPORTER_PASSWORD = "kill-test-reporter-password";

    @TempDir
    Path workDir;

    @Test
    void anAcknowledgedSubmissionSurvivesKillMinus9() throws Exception {
        try (PackagedService service = new PackagedService(workDir, Map.of("TRACKER_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            service.start();
            given().baseUri(service.baseUri()).auth().preemptive().basic("admin", ADMIN_PASSWORD)
                    .contentType(ContentType.JSON)
                    .body(Map.of("username", "bim-clerk", "password", REPORTER_PASSWORD, "role", "REPORTER",
                            "agency", "BIM", "language", "ky"))
                    .when().post("/api/v1/users")
                    .then().statusCode(201);
            int id = reporter(service).contentType(ContentType.JSON)
                    .body(Map.of("planCode", "cybersecurity-2019-2023", "period", "2021-H1", "agency", "BIM"))
                    .when().post("/api/v1/reports")
                    .then().statusCode(201)
                    .extract().path("id");
            String etag = reporter(service).when().get("/api/v1/reports/" + id + "/entries/6.1")
                    .then().statusCode(200).extract().header("ETag");
            reporter(service).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("status", "COMPLETED", "progressPercent", 100, "narrative", "Standards revised"))
                    .when().put("/api/v1/reports/" + id + "/entries/6.1")
                    .then().statusCode(200);
            reporter(service).when().post("/api/v1/reports/" + id + "/submit")
                    .then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"));

            service.kill();
            service.start();

            reporter(service).when().get("/api/v1/reports/" + id)
                    .then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("revision", equalTo(1));
            reporter(service).when().get("/api/v1/reports/" + id + "/revisions")
                    .then().statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].entries.find { it.measure == '6.1' }.narrative", equalTo("Standards revised"));
        }
    }

    private static RequestSpecification reporter(PackagedService service) {
        return given().baseUri(service.baseUri()).auth().preemptive().basic("bim-clerk", REPORTER_PASSWORD);
    }
}
