package kg.actionplan.tracker;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.MessagingException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.http.ContentType;

/**
 * The outbox across a restart of the packaged service: alerts queued while the SMTP server is down survive the
 * restart and are delivered once it is up, each recipient getting its digest exactly once.
 */
class AlertOutboxRestartIT {

    private static final String ADMIN_PASSWORD = "outbox-admin-password";
    private static final String AGENCY_CONTACT = "office@test-agency.gov.kg";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path workDir;

    @Test
    void alertsQueuedWhileSmtpIsDownAreSentOnceAfterARestart() throws Exception {
        int smtpPort = freePort();
        Map<String, String> environment = Map.of(
                "TRACKER_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "TRACKER_MAIL_ENABLED", "true",
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(smtpPort),
                "QUARKUS_MAILER_START_TLS", "DISABLED",
                "TRACKER_ALERTS_SEND_EVERY", "1s",
                "TRACKER_ALERTS_FIRST_RETRY_DELAY", "PT1S",
                "TRACKER_ALERTS_MAX_RETRY_DELAY", "PT2S");
        try (PackagedService service = new PackagedService(workDir, environment)) {
            service.start();
            given().baseUri(service.baseUri())
                    .auth().preemptive().basic("admin", ADMIN_PASSWORD)
                    .contentType(ContentType.JSON)
                    .body(document("outbox-restart"))
                    .when().post("/api/v1/plans")
                    .then().statusCode(201);
            int queued = given().baseUri(service.baseUri())
                    .auth().preemptive().basic("admin", ADMIN_PASSWORD)
                    .when().post("/api/v1/alerts/scan")
                    .then().statusCode(200).extract().path("queued");
            assertTrue(queued > 0, "the open test plan has overdue measures and missed submissions");
            awaitAlerts(service, alerts -> alerts.stream().allMatch(a -> (int) a.get("attempts") >= 1
                    && "PENDING".equals(a.get("status")) && a.get("lastError") != null));
            service.stop();

            GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                service.start();
                awaitAlerts(service, alerts -> alerts.stream().allMatch(a -> "SENT".equals(a.get("status"))));
                given().baseUri(service.baseUri())
                        .auth().preemptive().basic("admin", ADMIN_PASSWORD)
                        .when().post("/api/v1/alerts/scan")
                        .then().statusCode(200);
                Thread.sleep(3000);

                assertEquals(1L, messagesTo(smtp, AGENCY_CONTACT),
                        "one digest for the agency's contact address, whatever the restarts and scans");
            } finally {
                smtp.stop();
            }
        }
    }

    private static void awaitAlerts(PackagedService service, Predicate<List<Map<String, Object>>> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> alerts = alertsOf(service);
            if (!alerts.isEmpty() && condition.test(alerts)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The alerts did not reach the expected state within " + WAIT + ": "
                + alertsOf(service));
    }

    private static List<Map<String, Object>> alertsOf(PackagedService service) {
        return given().baseUri(service.baseUri())
                .auth().preemptive().basic("admin", ADMIN_PASSWORD)
                .queryParam("recipient", AGENCY_CONTACT)
                .when().get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath().getList("");
    }

    private static long messagesTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String document(String planCode) throws IOException {
        String minimal = Files.readString(Path.of("src/test/resources/plan-documents/minimal.json"));
        return minimal.replace("\"code\": \"placeholder\"", "\"code\": \"" + planCode + "\"");
    }
}
