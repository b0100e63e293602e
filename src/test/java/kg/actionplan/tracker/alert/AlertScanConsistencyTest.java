package kg.actionplan.tracker.alert;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.AccountIdentity;
import kg.actionplan.tracker.account.Credential;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;
import kg.actionplan.tracker.report.ReportFixtures;
import kg.actionplan.tracker.report.ReportRequests;
import kg.actionplan.tracker.report.ReportService;
import kg.actionplan.tracker.report.ReportStatus;

/**
 * A scan during a submission sees a consistent state: the rules hold the plan's row while they decide, and a
 * submission holds it too, so a scan that meets a submission in flight waits for it and then sees it submitted.
 *
 * <p>The submission is the service's own {@link ReportService#submitReport}, called by a reporter of the agency in
 * a transaction that the test keeps open; meanwhile a scan starts on another thread. Without the plan's row lock on
 * either side the scan would not wait: it would read the report as the draft it still is for everyone else, and tell
 * the agency (and the coordinator) that it missed its deadline just as it submitted.
 *
 * <p>The plan lies in 2095, a year no other test's plan is open in; the agencies are the test's own.
 */
@QuarkusTest
class AlertScanConsistencyTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final int YEAR = 2095;
    private static final String PERIOD = YEAR + "-H1";
    /** 06:00 in Bishkek the day after the agencies' deadline for the first half-year. */
    private static final Instant DAY_AFTER_DEADLINE = LocalDate.of(YEAR, 7, 6).atTime(6, 0).atZone(BISHKEK).toInstant();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    MutableClock clock;

    @Inject
    AlertScan scan;

    @Inject
    ReportService reports;

    @Inject
    CurrentIdentityAssociation identities;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void tearDown() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
        clock.reset();
    }

    @Test
    void aScanDuringASubmissionWaitsForItAndSeesTheReportSubmitted() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String submitting = "SB" + suffix;
        String lagging = "LG" + suffix;
        String plan = plan(submitting, lagging, "CS" + suffix);
        clock.set(DAY_AFTER_DEADLINE);
        long report = threads.submit(() -> asReporterOf(submitting, () -> reports.createReport(
                new ReportRequests.Create(plan, PERIOD, submitting, null)).id())).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        // The submission: done, but not yet committed; its transaction holds the report's and the plan's rows.
        CountDownLatch submitted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<ReportStatus> submission = threads.submit(() -> asReporterOf(submitting, () ->
                QuarkusTransaction.requiringNew().call(() -> {
                    ReportStatus status = reports.submitReport(report).status();
                    submitted.countDown();
                    if (!commit.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never let the submission commit");
                    }
                    return status;
                })));
        assertTrue(submitted.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the submission got under way");

        // The scan, as the scheduler runs it: on a thread of its own.
        AtomicReference<Thread> scanThread = new AtomicReference<>();
        Future<AlertScan.Result> scanning = threads.submit(() -> {
            scanThread.set(Thread.currentThread());
            return inRequestContext(scan::run);
        });
        boolean waited = awaitWaitingForTheLock(scanThread, scanning);
        commit.countDown();

        assertEquals(ReportStatus.SUBMITTED, submission.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        AlertScan.Result result = scanning.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(result.plans().contains(plan), "the scan applied the rules to the plan: " + result.plans());
        assertEquals(List.of(), missedSubmissionsOf(submitting),
                "the scan told " + submitting + " it missed the deadline while its submission was being made: it did"
                        + " not wait for the submission to commit");
        assertTrue(waited, "the scan did not wait for the submission in flight");
        // The same scan did find the agency that has not submitted: the rule fired, the submission was seen.
        assertFalse(missedSubmissionsOf(lagging).isEmpty(), "the scan told " + lagging + " nothing");
        as(TestAccounts.COORDINATOR).when().get(ReportFixtures.REPORTS + "/" + report)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    /**
     * A plan of {@value #YEAR} whose measures both agencies execute (measure 1.1 due on 5 July), coordinated by a
     * third agency of the test's own.
     */
    private static String plan(String submitting, String lagging, String coordinator) {
        String domain = "@scan-consistency-" + coordinator.toLowerCase(Locale.ROOT) + ".kg";
        return ReportFixtures.newPlan(document -> {
            ArrayNode agencies = (ArrayNode) document.get("agencies");
            for (String code : List.of(submitting, lagging, coordinator)) {
                ObjectNode agency = agencies.addObject().put("code", code);
                agency.putObject("name").put("ky", code).put("ru", code).put("en", code);
                agency.putObject("abbreviation").put("ky", code).put("ru", code).put("en", code);
                agency.putArray("contactEmails").add(code.substring(0, 2).toLowerCase(Locale.ROOT) + domain);
            }
            ObjectNode plan = (ObjectNode) document.get("plan");
            plan.put("startsOn", YEAR + "-01-01").put("endsOn", YEAR + "-12-31").put("inForceFrom", YEAR + "-02-20");
            ((ObjectNode) plan.get("reporting")).put("coordinator", coordinator)
                    .put("firstPeriod", YEAR + "-H1").put("lastPeriod", YEAR + "-H2");
            ObjectNode first = (ObjectNode) plan.at("/tasks/0/measures/0");
            ((ObjectNode) first.get("deadline")).put("date", YEAR + "-07-05");
            first.set("executors", executors(submitting, lagging));
            ObjectNode second = (ObjectNode) plan.at("/tasks/1/measures/0");
            ((ObjectNode) second.at("/deadline/years")).put("from", YEAR).put("to", YEAR);
            second.set("executors", executors(submitting, lagging));
        });
    }

    private static ArrayNode executors(String... agencies) {
        ArrayNode executors = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(agencies).forEach(agency -> executors.addObject().put("agency", agency));
        return executors;
    }

    /**
     * Runs {@code work} in a request of a reporter of {@code agency}, as the HTTP layer would after a login; on a
     * thread of the test's own, which has no request yet.
     */
    private <T> T asReporterOf(String agency, Callable<T> work) throws Exception {
        return inRequestContext(() -> {
            identities.setIdentity(AccountIdentity.of("reporter-" + agency.toLowerCase(Locale.ROOT), Role.REPORTER,
                    Optional.of(agency), Credential.PASSWORD, null));
            return work.call();
        });
    }

    private static <T> T inRequestContext(Callable<T> work) throws Exception {
        ManagedContext request = Arc.container().requestContext();
        if (request.isActive()) {
            throw new IllegalStateException("expected a thread without a request");
        }
        request.activate();
        try {
            return work.call();
        } finally {
            request.terminate();
        }
    }

    /**
     * Whether the scan came to wait for the plan's row (seen twice, a little apart, inside the row lock of
     * {@link PlanAlerts#decide}); false if it finished without waiting.
     */
    private static boolean awaitWaitingForTheLock(AtomicReference<Thread> scanThread, Future<?> scanning)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        int seen = 0;
        while (Instant.now().isBefore(deadline) && !scanning.isDone()) {
            Thread thread = scanThread.get();
            seen = thread != null && lockingThePlan(thread.getStackTrace()) ? seen + 1 : 0;
            if (seen == 2) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean lockingThePlan(StackTraceElement[] stack) {
        boolean deciding = Arrays.stream(stack).anyMatch(frame ->
                frame.getClassName().equals(PlanAlerts.class.getName()) && frame.getMethodName().equals("decide"));
        boolean locking = Arrays.stream(stack).anyMatch(frame ->
                frame.getClassName().startsWith("org.hibernate.") && frame.getMethodName().equals("lock"));
        return deciding && locking;
    }

    private static List<Map<String, Object>> missedSubmissionsOf(String agency) {
        return as(TestAccounts.ADMIN)
                .queryParam("agency", agency).queryParam("rule", "SUBMISSION_MISSED").queryParam("limit", "1000")
                .when().get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }
}
