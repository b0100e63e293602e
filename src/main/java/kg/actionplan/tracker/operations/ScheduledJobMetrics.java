package kg.actionplan.tracker.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.SuccessfulExecution;
import io.quarkus.scheduler.Trigger;

/**
 * The scheduled jobs at /q/metrics: {@code tracker_job_last_success_seconds} and
 * {@code tracker_job_last_failure_seconds} for each job identity, in seconds since the epoch, NaN while it has not
 * happened.
 *
 * <p>The scheduler ends every run it starts with a CDI event, success or failure; the end is written to
 * scheduled_job_run, so that with several instances on one database each reports the cluster's last runs, whichever
 * instance ran the job, and the job classes need not know. A scrape reads the table once for all the gauges and keeps
 * the reading for {@link #FRESH_FOR}; a run recorded by this instance makes the next scrape read again.
 *
 * <p>The label is {@code identity}, not {@code job}: Prometheus labels every series it scrapes with a {@code job} of
 * its own (the scrape job) and would rename ours to {@code exported_job}.
 */
@Startup
@Singleton
public class ScheduledJobMetrics {

    private static final Logger LOG = Logger.getLogger(ScheduledJobMetrics.class);
    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final ScheduledJobRunRepository runs;
    private final Clock clock;

    private Reading last;

    private record Reading(Instant at, Map<String, ScheduledJobRun> runs) {
    }

    ScheduledJobMetrics(ScheduledJobRunRepository runs, Clock clock, Scheduler scheduler, MeterRegistry registry) {
        this.runs = runs;
        this.clock = clock;
        for (Trigger trigger : scheduler.getScheduledJobs()) {
            String job = trigger.getId();
            Gauge.builder("tracker.job.last.success", this,
                    metrics -> metrics.seconds(job, ScheduledJobRun::lastSuccessAt))
                    .tag("identity", job).baseUnit("seconds")
                    .description("When the scheduled job last ended without an error, on any instance")
                    .register(registry);
            Gauge.builder("tracker.job.last.failure", this,
                    metrics -> metrics.seconds(job, ScheduledJobRun::lastFailureAt))
                    .tag("identity", job).baseUnit("seconds")
                    .description("When the scheduled job last ended with an error, on any instance")
                    .register(registry);
        }
    }

    void succeeded(@Observes SuccessfulExecution event) {
        record(event.getExecution().getTrigger().getId(), true);
    }

    void failed(@Observes FailedExecution event) {
        record(event.getExecution().getTrigger().getId(), false);
    }

    /**
     * Writes down how a run ended. A failure to write is logged, not thrown: it must not turn the job's own outcome
     * into another. The one write that can lose a race is a job's very first, when two instances insert its row at
     * once; the job's next run is recorded.
     */
    private void record(String job, boolean succeeded) {
        try {
            runs.recordEnd(job, succeeded, clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf(e, "The %s of scheduled job %s could not be recorded", succeeded ? "success" : "failure", job);
        }
        forget();
    }

    /**
     * Drops the kept reading: the next scrape reads the table.
     */
    synchronized void forget() {
        last = null;
    }

    private double seconds(String job, Function<ScheduledJobRun, Optional<Instant>> end) {
        return Optional.ofNullable(reading().get(job)).flatMap(end).map(at -> at.toEpochMilli() / 1000.0)
                .orElse(Double.NaN);
    }

    /**
     * The last runs as read at most {@link #FRESH_FOR} ago.
     */
    private synchronized Map<String, ScheduledJobRun> reading() {
        Instant now = clock.instant();
        // A clock set back (in tests) makes the reading one from the future: read again rather than trust it.
        if (last == null || !now.isBefore(last.at().plus(FRESH_FOR)) || now.isBefore(last.at())) {
            last = new Reading(now, runs.byJob());
        }
        return last.runs();
    }
}
