package kg.actionplan.tracker.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * The outbox at /q/metrics: {@code tracker_alerts_pending}, {@code tracker_alerts_failed} and
 * {@code tracker_alerts_oldest_pending_age_seconds}, and the backlog that {@link OutboxBacklogCheck} judges.
 *
 * <p>A scrape reads the three gauges one after the other; they share one reading of the outbox, taken by one aggregate
 * query and kept for {@link #FRESH_FOR}, so that a scrape (or several Prometheus servers, or a health probe at the same
 * time) costs the database one query rather than one per gauge.
 */
@Startup
@Singleton
public class OutboxMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final AlertRepository alerts;
    private final Clock clock;

    private Reading last;

    private record Reading(Instant at, OutboxBacklog backlog) {
    }

    OutboxMetrics(AlertRepository alerts, Clock clock, MeterRegistry registry) {
        this.alerts = alerts;
        this.clock = clock;
        Gauge.builder("tracker.alerts.pending", this, metrics -> metrics.backlog().pending())
                .description("Alerts waiting to be sent or retried").register(registry);
        Gauge.builder("tracker.alerts.failed", this, metrics -> metrics.backlog().failed())
                .description("Alerts given up after the last allowed attempt").register(registry);
        Gauge.builder("tracker.alerts.oldest.pending.age", this,
                metrics -> metrics.backlog().oldestPendingAge(metrics.clock.instant()).toMillis() / 1000.0)
                .baseUnit("seconds").description("How long the oldest pending alert has waited").register(registry);
    }

    /**
     * The outbox as read at most {@link #FRESH_FOR} ago.
     */
    synchronized OutboxBacklog backlog() {
        Instant now = clock.instant();
        // A clock set back (in tests) makes the reading one from the future: read again rather than trust it.
        if (last == null || !now.isBefore(last.at().plus(FRESH_FOR)) || now.isBefore(last.at())) {
            last = new Reading(now, alerts.backlog());
        }
        return last.backlog();
    }
}
