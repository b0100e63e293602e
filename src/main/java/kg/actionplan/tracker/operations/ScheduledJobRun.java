package kg.actionplan.tracker.operations;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * When a scheduled job last ended well and last failed, on whichever instance it ran.
 */
@Entity
@Table(name = "scheduled_job_run")
public class ScheduledJobRun {

    @Id
    private String job;

    private Instant lastSuccessAt;

    private Instant lastFailureAt;

    protected ScheduledJobRun() {
    }

    ScheduledJobRun(String job) {
        this.job = job;
    }

    void ended(boolean succeeded, Instant at) {
        if (succeeded) {
            lastSuccessAt = at;
        } else {
            lastFailureAt = at;
        }
    }

    public String job() {
        return job;
    }

    public Optional<Instant> lastSuccessAt() {
        return Optional.ofNullable(lastSuccessAt);
    }

    public Optional<Instant> lastFailureAt() {
        return Optional.ofNullable(lastFailureAt);
    }
}
