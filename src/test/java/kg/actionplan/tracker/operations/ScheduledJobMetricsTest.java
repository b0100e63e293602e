package kg.actionplan.tracker.operations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.quartz.QuartzScheduler;
import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import kg.actionplan.tracker.common.MutableClock;

/**
 * The last success and failure of each scheduled job at /q/metrics, as recorded in the database by whichever
 * instance ran it.
 */
@QuarkusTest
@TestProfile(WithoutMail.class)
class ScheduledJobMetricsTest {

    private static final String SUCCESS = "tracker_job_last_success_seconds";
    private static final String FAILURE = "tracker_job_last_failure_seconds";
    private static final String CLEANUP = "browser-session-cleanup";

    @Inject
    MutableClock clock;

    @Inject
    QuartzScheduler scheduler;

    @Inject
    ScheduledJobRunRepository runs;

    @Inject
    Event<FailedExecution> failures;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ScheduledJobMetrics metrics;

    @BeforeEach
    void forgetRuns() {
        QuarkusTransaction.requiringNew().run(() -> runs.deleteAll());
        metrics.forget();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyScheduledJobHasGaugesThatAreNaNUntilItHasRun() {
        Map<String, String> successes = series(SUCCESS);

        assertEquals(Map.of("alert-scan", "NaN", "consolidated-working-draft", "NaN", "consolidated-official", "NaN",
                CLEANUP, "NaN"), successes);
        assertEquals(successes, series(FAILURE));
    }

    @Test
    void aJobThatTheSchedulerRunsIsReportedWithTheTimeItSucceeded() throws Exception {
        Instant ran = Instant.parse("2027-02-03T04:05:06Z");
        clock.set(ran);

        scheduler.getScheduler().triggerJob(new JobKey(CLEANUP, Scheduler.class.getName()));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertEquals(String.valueOf((double) ran.getEpochSecond()),
                        series(SUCCESS).get(CLEANUP)));
        assertEquals("NaN", series(FAILURE).get(CLEANUP));
    }

    @Test
    void aFailedRunIsReportedAsTheLastFailureAndLeavesTheLastSuccessAsItWas() {
        Instant succeeded = Instant.parse("2027-02-03T04:00:00Z");
        Instant failed = succeeded.plus(Duration.ofHours(24));
        runs.recordEnd("alert-scan", true, succeeded);
        clock.set(failed);

        failures.fire(new FailedExecution(execution("alert-scan"), new IllegalStateException("database unreachable")));

        assertEquals(String.valueOf((double) succeeded.getEpochSecond()), series(SUCCESS).get("alert-scan"));
        assertEquals(String.valueOf((double) failed.getEpochSecond()), series(FAILURE).get("alert-scan"));
    }

    @Test
    void anEarlierEndDoesNotReplaceALaterOneThatAnotherInstanceRecorded() {
        Instant later = Instant.parse("2027-02-03T06:00:00Z");
        runs.recordEnd(CLEANUP, true, later);

        runs.recordEnd(CLEANUP, true, later.minusSeconds(1));

        assertEquals(later, runs.byJob().get(CLEANUP).lastSuccessAt().orElseThrow());
    }

    @Test
    void scrapesWithinFiveSecondsShareOneReadingOfTheTable() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        for (int i = 0; i < 5; i++) {
            series(SUCCESS);
        }
        assertEquals(1, readingsOfTheTable(statistics));

        clock.set(clock.instant().plusSeconds(5));
        series(SUCCESS);
        assertEquals(2, readingsOfTheTable(statistics));
    }

    private static long readingsOfTheTable(Statistics statistics) {
        return Arrays.stream(statistics.getQueries()).filter(query -> query.contains("ScheduledJobRun"))
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount()).sum();
    }

    /**
     * The values of one gauge at /q/metrics by job identity, as Prometheus writes them.
     */
    private static Map<String, String> series(String name) {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(name + "{identity=\""))
                .collect(Collectors.toMap(line -> line.substring(line.indexOf('"') + 1, line.indexOf("\"}")),
                        line -> line.substring(line.lastIndexOf(' ') + 1)));
    }

    private static ScheduledExecution execution(String job) {
        Trigger trigger = new Trigger() {
            @Override
            public String getId() {
                return job;
            }

            @Override
            public Instant getNextFireTime() {
                return null;
            }

            @Override
            public Instant getPreviousFireTime() {
                return null;
            }

            @Override
            public boolean isOverdue() {
                return false;
            }
        };
        return new ScheduledExecution() {
            @Override
            public Trigger getTrigger() {
                return trigger;
            }

            @Override
            public Instant getFireTime() {
                return null;
            }

            @Override
            public Instant getScheduledFireTime() {
                return null;
            }
        };
    }
}
