package kg.actionplan.tracker.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What waits in the outbox: pending and failed alerts, and when the oldest pending one was created.
 */
public record OutboxBacklog(long pending, long failed, Optional<Instant> oldestPendingAt) {

    /**
     * How long the oldest pending alert has waited at {@code now}; zero when none is pending.
     */
    public Duration oldestPendingAge(Instant now) {
        return oldestPendingAt.map(created -> Duration.between(created, now)).filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }
}
