package kg.actionplan.tracker;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.http.ContentType;

/**
 * A scheduled firing missed while the service was down: the trigger kept in the database fires once when the
 * service is back (its misfire policy), and a start by itself runs nothing.
 */
class MissedFiringIT {

    private static final String ADMIN_PASSWORD = "misfire-admin-password";
    private static final String SCAN_LOG = "Alert scan of ";
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    @TempDir
    Path workDir;

    @Test
    void theAlertScanMissedWhileTheServiceWasDownRunsOnceWhenItIsBack() throws Exception {
        try (PackagedService service = new PackagedService(workDir,
                Map.of("TRACKER_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            service.start();
            given().baseUri(service.baseUri())
                    .auth().preemptive().basic("admin", ADMIN_PASSWORD)
                    .contentType(ContentType.JSON)
                    .body(Files.readString(Path.of("src/test/resources/plan-documents/minimal.json"))
                            .replace("\"code\": \"placeholder\"", "\"code\": \"missed-firing\""))
                    .when().post("/api/v1/plans")
                    .then().statusCode(201);
            service.stop();
            service.start();
            assertEquals(0, scanLines(), "a start by itself scans nothing");
            given().baseUri(service.baseUri())
                    .auth().preemptive().basic("admin", ADMIN_PASSWORD)
                    .when().get("/api/v1/alerts")
                    .then().statusCode(200).body("", empty());
            service.stop();

            // The daily scan (08:00 in Bishkek) last came due while the service was down.
            moveNextFiring("alert-scan", lastScanTime());
            service.start();

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !alerts(service).isEmpty());
            assertEquals(1, scanLines(), "the missed firing runs once");
        }
    }

    private static Instant lastScanTime() {
        ZonedDateTime today = LocalDate.now(BISHKEK).atTime(8, 0).atZone(BISHKEK);
        return (today.toInstant().isAfter(Instant.now()) ? today.minusDays(1) : today).toInstant();
    }

    private List<Object> alerts(PackagedService service) {
        return given().baseUri(service.baseUri())
                .auth().preemptive().basic("admin", ADMIN_PASSWORD)
                .when().get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath().getList("");
    }

    private long scanLines() throws IOException {
        try (var lines = Files.lines(workDir.resolve("service.log"))) {
            return lines.filter(line -> line.contains(SCAN_LOG)).count();
        }
    }

    /**
     * Sets when Quartz's stored trigger next fires, in the service's H2 file while the service is stopped, as if the
     * service had been down since before that firing.
     */
    private void moveNextFiring(String trigger, Instant next) throws SQLException {
        String url = "jdbc:h2:file:" + workDir.resolve("data/tracker").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "tracker", "");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = ?")) {
            update.setLong(1, next.toEpochMilli());
            update.setString(2, trigger);
            assertEquals(1, update.executeUpdate(), "the trigger is kept in the database");
        }
    }
}
