package kg.actionplan.tracker.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import kg.actionplan.tracker.common.MutableClock;
import kg.actionplan.tracker.plan.PlanRepository;

/**
 * What an operator watches: the database check in readiness, the outbox gauges at /q/metrics, and the outbox group
 * that warns of a late backlog (older than tracker.alerts.backlog-warning-age, PT1H by default).
 *
 * <p>Alerts are stored straight into the outbox with mail switched off. Other tests may have queued alerts of their own,
 * so counts are compared before and after; the test's alerts are created long before anything else, so the oldest
 * pending one is the test's, and they are deleted afterwards.
 */
@QuarkusTest
@TestProfile(OutboxClaimTest.NoMail.class)
class OutboxHealthTest {

    private static final Instant LONG_AGO = Instant.parse("2001-03-01T00:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    AlertRepository alerts;

    @Inject
    PlanRepository plans;

    private final String recipient = OutboxClaimTest.newRecipient();

    @AfterEach
    void tearDown() {
        QuarkusTransaction.requiringNew().run(() -> alerts.delete("recipient", recipient));
        clock.reset();
    }

    @Test
    void readinessIncludesTheDatabaseCheckOfQuarkus() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.data.'<default>'",
                        equalTo("UP"));
    }

    @Test
    void theGaugesCountPendingAndFailedAlertsAndTheAgeOfTheOldestPending() {
        clock.set(LONG_AGO.minus(Duration.ofDays(1)));
        double pendingBefore = metric("tracker_alerts_pending");
        double failedBefore = metric("tracker_alerts_failed");

        List<Long> queued = OutboxClaimTest.queue(alerts, plans, LONG_AGO, recipient, 3);
        QuarkusTransaction.requiringNew().run(() -> alerts.findById(queued.get(2))
                .failed(LONG_AGO, "550 mailbox unavailable", Optional.empty()));
        clock.set(LONG_AGO.plus(Duration.ofMinutes(90)));

        assertEquals(pendingBefore + 2, metric("tracker_alerts_pending"));
        assertEquals(failedBefore + 1, metric("tracker_alerts_failed"));
        assertEquals(90 * 60, metric("tracker_alerts_oldest_pending_age_seconds"));
    }

    @Test
    void aPendingAlertOlderThanTheWarningAgeMakesTheOutboxGroupDownWithoutTouchingReadinessOrLiveness() {
        OutboxClaimTest.queue(alerts, plans, LONG_AGO, recipient, 1);
        clock.set(LONG_AGO.plus(Duration.ofHours(1)).plusSeconds(1));

        given().when().get("/q/health/group/outbox").then().statusCode(503)
                .body("checks[0].name", equalTo("alert outbox"))
                .body("checks[0].status", equalTo("DOWN"))
                .body("checks[0].data.backlog", equalTo("late"))
                .body("checks[0].data.oldestPendingAgeSeconds", equalTo(3601))
                .body("checks[0].data.warningAgeSeconds", equalTo(3600));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health").then().statusCode(200);
    }

    @Test
    void aPendingAlertNoOlderThanTheWarningAgeLeavesTheOutboxGroupUp() {
        OutboxClaimTest.queue(alerts, plans, LONG_AGO, recipient, 1);
        clock.set(LONG_AGO.plus(Duration.ofHours(1)));

        given().when().get("/q/health/group/outbox").then().statusCode(200)
                .body("checks[0].status", equalTo("UP"))
                .body("checks[0].data.backlog", equalTo("current"))
                .body("checks[0].data.oldestPendingAgeSeconds", equalTo(3600));
    }

    /**
     * The value of one Prometheus series at /q/metrics.
     */
    private static double metric(String series) {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series + " ") || line.startsWith(series + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).strip()))
                .findFirst().orElseThrow(() -> new AssertionError(series + " is not at /q/metrics"));
    }
}
