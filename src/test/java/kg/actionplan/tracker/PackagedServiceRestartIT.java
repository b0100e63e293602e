package kg.actionplan.tracker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.http.ContentType;

/**
 * The packaged service on its embedded H2 database, started again and again in the same directory.
 */
class PackagedServiceRestartIT {

    private static final String ADMIN_PASSWORD = "restart-admin-password";

    @TempDir
    Path workDir;

    @Test
    void restartingTwiceNeitherDuplicatesTheSeedNorLosesAnImportedPlan() throws Exception {
        try (PackagedService service = new PackagedService(workDir, Map.of("TRACKER_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            service.start();
            given().baseUri(service.baseUri())
                    .auth().preemptive().basic("admin", ADMIN_PASSWORD)
                    .contentType(ContentType.JSON)
                    .body(document("restart-survivor"))
                    .when().post("/api/v1/plans")
                    .then().statusCode(201);
            service.stop();

            service.start();
            service.stop();
            service.start();

            given().baseUri(service.baseUri())
                    .when().get("/api/v1/plans")
                    .then().statusCode(200)
                    .body("code", hasSize(2))
                    .body("find { it.code == 'cybersecurity-2019-2023' }.measureCount", equalTo(23))
                    .body("find { it.code == 'restart-survivor' }.measureCount", equalTo(3));
            given().baseUri(service.baseUri())
                    .when().get("/api/v1/agencies")
                    .then().statusCode(200)
                    .body("code", hasSize(10));
        }
    }

    private static String document(String planCode) throws IOException {
        String minimal = Files.readString(Path.of("src/test/resources/plan-documents/minimal.json"));
        return minimal.replace("\"code\": \"placeholder\"", "\"code\": \"" + planCode + "\"");
    }
}
