package kg.actionplan.tracker;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.http.ContentType;

/**
 * The packaged service on its embedded H2 database, started again and again in the same directory.
 */
class PackagedServiceRestartIT {

    private static final String ADMIN_PASSWORD = "restart-admin-password";
    /** The scheduled builds fire every second, so that a restart has many chances to repeat one. */
    private static final String EVERY_SECOND = "* * * * * ?";

    @TempDir
    Path workDir;

    @Test
    void restartingTwiceNeitherDuplicatesTheSeedNorLosesAnImportedPlanNorRepeatsAScheduledBuild() throws Exception {
        try (PackagedService service = new PackagedService(workDir, Map.of(
                "TRACKER_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "TRACKER_SECURITY_BCRYPT_COST", "4",
                "TRACKER_CONSOLIDATED_DRAFT_CRON", EVERY_SECOND,
                "TRACKER_CONSOLIDATED_OFFICIAL_CRON", EVERY_SECOND))) {
            service.start();
            given().baseUri(service.baseUri())
                    .auth().preemptive().basic("admin", ADMIN_PASSWORD)
                    .contentType(ContentType.JSON)
                    .body(document("restart-survivor"))
                    .when().post("/api/v1/plans")
                    .then().statusCode(201);
            List<String> built = settledBuilds(service);
            service.stop();

            service.start();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                    .until(() -> scheduledBuilds(service), equalTo(built));
            service.stop();
            service.start();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                    .until(() -> scheduledBuilds(service), equalTo(built));

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
     * The builds the firings owe the test plan today (those due within the last half-year), once two reads three
     * seconds apart agree.
     */
    private static List<String> settledBuilds(PackagedService service) {
        AtomicReference<List<String>> previous = new AtomicReference<>(List.of());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            List<String> now = scheduledBuilds(service);
            return !now.isEmpty() && now.equals(previous.getAndSet(now));
        });
        return previous.get();
    }

    /**
     * Every consolidated version of the imported plan, as "period kind number".
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
