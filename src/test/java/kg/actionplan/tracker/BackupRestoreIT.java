package kg.actionplan.tracker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * An online backup of the packaged service's H2 database, restored as the operator does it (stop, unzip the backup
 * into a data directory, start), holds every report, revision and consolidated version as the service served them.
 */
class BackupRestoreIT {

    private static final String ADMIN_PASSWORD = "backup-test-admin-password";
    private static final String PASSWORD = "backup-test-password";
    private static final String PLAN = "/api/v1/plans/cybersecurity-2019-2023";
    private static final String PERIOD = PLAN + "/periods/2021-H1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path original;

    @TempDir
    Path restored;

    @Test
    void aBackupRestoredIntoAFreshInstanceServesEveryReportRevisionAndConsolidatedVersionAsBefore() throws Exception {
        Map<String, JsonNode> before;
        String backup;
        try (PackagedService service = new PackagedService(original,
                Map.of("TRACKER_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            service.start();
            long report = reportReturnedOnceThenAccepted(service);
            as(service, "committee").when().post(PERIOD + "/consolidated-report").then().statusCode(201);
            before = served(service, report);
            assertEquals(2, before.get("/revisions").size());
            assertFalse(before.get("/consolidated-report/versions").isEmpty());

            backup = as(service, "admin").when().post("/api/v1/admin/backups")
                    .then().statusCode(201).extract().path("file");
            service.stop();
        }

        unzip(original.resolve("data/backups").resolve(backup), Files.createDirectories(restored.resolve("data")));
        try (PackagedService service = new PackagedService(restored, Map.of())) {
            service.start();
            assertEquals(before, served(service, before.get("/api/v1/reports/{id}").get("id").asLong()));
        }
    }

    /**
     * A report of BIM on 2021-H1 with two revisions: the first returned with a comment, the second accepted.
     */
    private static long reportReturnedOnceThenAccepted(PackagedService service) {
        createAccount(service, Map.of("username", "bim-clerk", "password", PASSWORD, "role", "REPORTER",
                "agency", "BIM", "language", "ky"));
        createAccount(service, Map.of("username", "committee", "password", PASSWORD, "role", "COORDINATOR",
                "language", "ru"));
        long id = ((Number) as(service, "bim-clerk").contentType(ContentType.JSON)
                .body(Map.of("planCode", "cybersecurity-2019-2023", "period", "2021-H1", "agency", "BIM"))
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().path("id")).longValue();
        updateEntry(service, id, "In progress", 40);
        as(service, "bim-clerk").when().post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        as(service, "committee").contentType(ContentType.JSON).body(Map.of("comment", "Name the standards revised."))
                .when().post("/api/v1/reports/" + id + "/return").then().statusCode(200);
        updateEntry(service, id, "Standards ST-1 and ST-2 revised", 100);
        as(service, "bim-clerk").when().post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        as(service, "committee").when().post("/api/v1/reports/" + id + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        return id;
    }

    /**
     * What the service serves of the report, its history and the half-year's consolidated versions.
     */
    private static Map<String, JsonNode> served(PackagedService service, long report) throws IOException {
        Map<String, JsonNode> served = new LinkedHashMap<>();
        served.put("/api/v1/reports", get(service, "/api/v1/reports?plan=cybersecurity-2019-2023"));
        served.put("/api/v1/reports/{id}", get(service, "/api/v1/reports/" + report));
        served.put("/entries/6.1", get(service, "/api/v1/reports/" + report + "/entries/6.1"));
        served.put("/revisions", get(service, "/api/v1/reports/" + report + "/revisions"));
        served.put("/submissions", get(service, PERIOD + "/submissions"));
        JsonNode versions = get(service, PERIOD + "/consolidated-report/versions");
        served.put("/consolidated-report/versions", versions);
        for (JsonNode version : versions) {
            String path = PERIOD + "/consolidated-report/versions/" + version.get("number").asInt() + "?format=json";
            served.put(path, get(service, path));
        }
        return served;
    }

    private static JsonNode get(PackagedService service, String path) throws IOException {
        return JSON.readTree(as(service, "committee").when().get(path).then().statusCode(200).extract().asString());
    }

    private static void updateEntry(PackagedService service, long report, String narrative, int progress) {
        String entry = "/api/v1/reports/" + report + "/entries/6.1";
        String etag = as(service, "bim-clerk").when().get(entry).then().statusCode(200).extract().header("ETag");
        as(service, "bim-clerk").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("status", progress == 100 ? "COMPLETED" : "IN_PROGRESS", "progressPercent", progress,
                        "narrative", narrative))
                .when().put(entry).then().statusCode(200);
    }

    private static void createAccount(PackagedService service, Map<String, String> account) {
        as(service, "admin").contentType(ContentType.JSON).body(account)
                .when().post("/api/v1/users").then().statusCode(201);
    }

    private static RequestSpecification as(PackagedService service, String username) {
        return given().baseUri(service.baseUri()).auth().preemptive()
                .basic(username, "admin".equals(username) ? ADMIN_PASSWORD : PASSWORD);
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(entry.getName()));
            }
        }
    }
}
