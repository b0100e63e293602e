package kg.actionplan.tracker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void restartingTwiceNeitherDuplicatesTheSeedNorLosesAnImportedPlanNorRepeatsAScheduledBuild() throws Exception {
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
            List<String> afterFirstRestart = scheduledBuilds(service);
            service.stop();
            service.start();
            assertEquals(afterFirstRestart, scheduledBuilds(service));

            given().baseUri(service.baseUri())
                    .when().get("/api/v1/plans")
                    .then().statusCode(200)
                    .body("code", hasSize(2))
                    .body("find { it.code == 'cybersecurity-2019-2023' }.measureCount", equalTo(23))
                    .body("find { it.code == 'restart-survivor' }.measureCount", equalTo(3));
            given().baseUri(service.baseUri())
                    .when().get("/api/v1/agencies")
                    .then().statusCode(200)
                    .body("code", contains("BIM", "BP", "IIM", "MDD", "MKK", "MMSJSM", "MMTM", "MTBMK", "PDA", "TESTAG",
                            "UKMK"));

        }
    }

    /**
     * Every consolidated version of the imported plan, as "period kind number": a start-up catches up the scheduled
     * builds it missed, and a later start must not build them again.
     */
    private static List<String> scheduledBuilds(PackagedService service) {
        List<String> builds = new ArrayList<>();
        List<String> periods = given().baseUri(service.baseUri())
                .when().get("/api/v1/plans/restart-survivor/periods")
                .then().statusCode(200).extract().jsonPath().getList("id");
        for (String period : periods) {
            List<Map<String, Object>> versions = given().baseUri(service.baseUri())
                    .auth().preemptive().basic("admin", ADMIN_PASSWORD)
                    .when().get("/api/v1/plans/restart-survivor/periods/" + period + "/consolidated-report/versions")
                    .then().statusCode(200).extract().jsonPath().getList("");
            versions.forEach(v -> builds.add(period + " " + v.get("kind") + " " + v.get("number")));
        }
        return builds;
    }

    private static String document(String planCode) throws IOException {
        String minimal = Files.readString(Path.of("src/test/resources/plan-documents/minimal.json"));
        return minimal.replace("\"code\": \"placeholder\"", "\"code\": \"" + planCode + "\"");
    }
}
