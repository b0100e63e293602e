package kg.actionplan.tracker.alert;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.HealthGroup;

import kg.actionplan.tracker.common.TrackerConfig;

/**
 * The health warning of a late outbox, at /q/health/group/outbox: DOWN while the oldest pending alert has waited
 * longer than {@code tracker.alerts.backlog-warning-age}.
 *
 * <p>A group of its own, neither readiness nor liveness: a late backlog (the SMTP server refuses, mail is switched
 * off) is no reason to take the instance out of the load balancer or to restart it, neither of which would send a
 * single alert. Groups stay out of /q/health too, so the probes that read it see only what they act on; whoever
 * watches the outbox probes this group or alerts on {@code tracker_alerts_oldest_pending_age_seconds}.
 */
@HealthGroup("outbox")
@ApplicationScoped
public class OutboxBacklogCheck implements HealthCheck {

    private final OutboxMetrics metrics;
    private final Clock clock;
    private final Duration warningAge;

    OutboxBacklogCheck(OutboxMetrics metrics, Clock clock, TrackerConfig config) {
        this.metrics = metrics;
        this.clock = clock;
        this.warningAge = config.alerts().backlogWarningAge();
    }

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog backlog = metrics.backlog();
        Duration age = backlog.oldestPendingAge(clock.instant());
        boolean late = age.compareTo(warningAge) > 0;
        return HealthCheckResponse.named("alert outbox").status(!late)
                .withData("backlog", late ? "late" : "current")
                .withData("pending", backlog.pending())
                .withData("failed", backlog.failed())
                .withData("oldestPendingAgeSeconds", age.toSeconds())
                .withData("warningAgeSeconds", warningAge.toSeconds())
                .build();
    }
}
