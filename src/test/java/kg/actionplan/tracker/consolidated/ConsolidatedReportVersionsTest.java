package kg.actionplan.tracker.consolidated;

import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.built;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.url;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.version;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.versions;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;
import kg.actionplan.tracker.plan.HalfYear;

/**
 * Every build that says something new is a new, immutable version; an on-demand build that says what the latest
 * version says answers with that version; a scheduled run yields exactly one version however often it fires.
 */
@QuarkusTest
class ConsolidatedReportVersionsTest {

    static final String COORDINATOR = TestAccounts.COORDINATOR;

    @Inject
    MutableClock clock;

    @Inject
    ConsolidatedReportService service;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String hash(String plan, int number) {
        return version(COORDINATOR, plan, "2025-H1", number).statusCode(200).extract().path("header.contentHash");
    }

    private void testagSubmits2025H1(String plan) {
        long report = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        edit(REPORTER_TESTAG, report, "1.1", inProgress(40, "Draft law prepared"));
        clock.set(Instant.parse("2025-07-03T04:00:00Z"));
        submit(REPORTER_TESTAG, report).statusCode(200);
        clock.set(Instant.parse("2025-07-20T06:00:00Z"));
    }

    @Test
    void everyBuildWithNewContentIsANewVersionAndTheLatestIsTheLastOne() {
        String plan = newPlan();

        clock.set(Instant.parse("2025-07-20T06:00:00Z"));
        built(plan, "2025-H1").body("header.version", equalTo(1));
        // a day later the agencies that did not report are a day later: new content
        clock.set(Instant.parse("2025-07-21T06:00:00Z"));
        built(plan, "2025-H1").body("header.version", equalTo(2));

        ConsolidatedFixtures.latest(COORDINATOR, plan, "2025-H1").statusCode(200).body("header.version", equalTo(2));
        version(COORDINATOR, plan, "2025-H1", 1).statusCode(200).body("header.version", equalTo(1));
    }

    @Test
    void versionsAreNumberedPerHalfYear() {
        String plan = newPlan();

        clock.set(Instant.parse("2025-07-20T06:00:00Z"));
        built(plan, "2025-H1").body("header.version", equalTo(1));
        built(plan, "2025-H2").body("header.version", equalTo(1));
        clock.set(Instant.parse("2025-07-21T06:00:00Z"));
        built(plan, "2025-H1").body("header.version", equalTo(2));
    }

    @Test
    void aReportSubmittedBetweenBuildsChangesTheNewVersionOnly() {
        String plan = newPlan();
        clock.set(Instant.parse("2025-07-20T06:00:00Z"));
        String first = built(plan, "2025-H1")
                .body("tasks[0].measures[0].status", equalTo("NOT_REPORTED"))
                .extract().asString();
        String firstHash = hash(plan, 1);

        testagSubmits2025H1(plan);
        built(plan, "2025-H1")
                .body("header.version", equalTo(2))
                .body("tasks[0].measures[0].status", equalTo("IN_PROGRESS"))
                .body("submissions[0].status", equalTo("SUBMITTED"));

        assertNotEquals(firstHash, hash(plan, 2));
        String firstAgain = version(COORDINATOR, plan, "2025-H1", 1).statusCode(200)
                .body("tasks[0].measures[0].status", equalTo("NOT_REPORTED"))
                .body("submissions[0].status", equalTo("MISSING"))
                .extract().asString();
        assertEquals(firstHash, hash(plan, 1));
        assertEquals(first, firstAgain, "version 1 reads exactly as it did when it was built");
    }

    @Test
    void anOnDemandBuildThatSaysWhatTheLatestVersionSaysAnswersWithThatVersion() {
        String plan = newPlan();
        testagSubmits2025H1(plan);
        String hash = built(plan, "2025-H1").extract().path("header.contentHash");
        clock.set(Instant.parse("2025-07-20T09:00:00Z"));

        ConsolidatedFixtures.build(TestAccounts.ADMIN, plan, "2025-H1").statusCode(200)
                .header("Content-Location", endsWith(url(plan, "2025-H1") + "/versions/1"))
                .header("Location", nullValue())
                .body("header.version", equalTo(1))
                .body("header.contentHash", equalTo(hash))
                .body("header.generatedBy", equalTo(COORDINATOR))
                .body("header.generatedAt", equalTo("2025-07-20T06:00:00Z"));

        versions(COORDINATOR, plan, "2025-H1").statusCode(200).body("number", contains(1));
        TestAccounts.as(TestAccounts.ADMIN)
                .queryParam("action", "CONSOLIDATED_REPORT_BUILT")
                .queryParam("subjectId", plan + "/2025-H1/2")
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void anOnDemandBuildThatSaysSomethingNewIsCreatedAtItsOwnAddress() {
        String plan = newPlan();
        clock.set(Instant.parse("2025-07-20T06:00:00Z"));
        built(plan, "2025-H1");
        testagSubmits2025H1(plan);

        built(plan, "2025-H1")
                .header("Location", endsWith(url(plan, "2025-H1") + "/versions/2"))
                .header("Content-Location", nullValue())
                .body("header.version", equalTo(2));
    }

    @Test
    void anOnDemandBuildThatSaysWhatTheOfficialVersionSaysAnswersWithTheOfficialVersion() {
        String plan = newPlan();
        service.buildScheduled(plan, new HalfYear(2025, 1), ConsolidatedReport.Kind.OFFICIAL);

        ConsolidatedFixtures.build(COORDINATOR, plan, "2025-H1").statusCode(200)
                .body("header.version", equalTo(1))
                .body("header.kind", equalTo("OFFICIAL"))
                .body("header.generatedBy", equalTo("system"));
    }

    @Test
    void aScheduledBuildMakesItsVersionEvenWhenTheLatestSaysTheSame() {
        String plan = newPlan();
        built(plan, "2025-H1");

        Optional<ConsolidatedReport> official = service.buildScheduled(plan, new HalfYear(2025, 1),
                ConsolidatedReport.Kind.OFFICIAL);

        assertTrue(official.isPresent());
        assertEquals(2, official.get().number());
        assertEquals(hash(plan, 1), hash(plan, 2));
    }

    @Test
    void theListOfVersionsIsOldestFirstWithWhoBuiltEachAndItsHash() {
        String plan = newPlan();
        clock.set(Instant.parse("2025-07-20T06:00:00Z"));
        built(plan, "2025-H1");
        clock.set(Instant.parse("2025-07-21T06:00:00Z"));
        ConsolidatedFixtures.build(TestAccounts.ADMIN, plan, "2025-H1").statusCode(201);

        versions(TestAccounts.OBSERVER, plan, "2025-H1").statusCode(200)
                .contentType("application/json")
                .body("number", contains(1, 2))
                .body("kind", contains("ON_DEMAND", "ON_DEMAND"))
                .body("asOf", contains("2025-06-30", "2025-06-30"))
                .body("generatedAt", contains("2025-07-20T06:00:00Z", "2025-07-21T06:00:00Z"))
                .body("generatedBy", contains(COORDINATOR, TestAccounts.ADMIN))
                .body("contentHash", contains(hash(plan, 1), hash(plan, 2)));
    }

    @Test
    void beforeAnyBuildTheListOfVersionsIsEmpty() {
        String plan = newPlan();

        versions(COORDINATOR, plan, "2025-H1").statusCode(200).body("", empty());
    }

    @Test
    void ofTwoSimultaneousIdenticalOnDemandBuildsOneCreatesTheVersionAndTheOtherGetsIt() throws Exception {
        String plan = newPlan();

        List<Integer> statuses = concurrently(2, () -> ConsolidatedFixtures.build(COORDINATOR, plan, "2025-H1")
                .extract().statusCode());

        assertEquals(List.of(200, 201), statuses.stream().sorted().toList());
        versions(COORDINATOR, plan, "2025-H1").statusCode(200).body("number", contains(1));
    }

    @Test
    void aScheduledRunCalledTwiceYieldsOneVersion() {
        String plan = newPlan();
        HalfYear period = new HalfYear(2025, 1);

        Optional<ConsolidatedReport> first = service.buildScheduled(plan, period, ConsolidatedReport.Kind.WORKING_DRAFT);
        Optional<ConsolidatedReport> second = service.buildScheduled(plan, period, ConsolidatedReport.Kind.WORKING_DRAFT);

        assertTrue(first.isPresent());
        assertEquals(1, first.get().number());
        assertTrue(second.isEmpty(), "the second call of the same run builds nothing");
        versions(COORDINATOR, plan, "2025-H1").statusCode(200)
                .body("number", contains(1))
                .body("kind", contains("WORKING_DRAFT"))
                .body("generatedBy", contains("system"));
    }

    @Test
    void twoSimultaneousCallsOfAScheduledRunYieldOneVersion() throws Exception {
        String plan = newPlan();
        HalfYear period = new HalfYear(2025, 1);

        List<Optional<ConsolidatedReport>> results = concurrently(2,
                () -> service.buildScheduled(plan, period, ConsolidatedReport.Kind.OFFICIAL));

        assertEquals(1, results.stream().filter(Optional::isPresent).count(), "exactly one call builds");
        versions(COORDINATOR, plan, "2025-H1").statusCode(200)
                .body("number", contains(1))
                .body("kind", contains("OFFICIAL"));
    }

    @Test
    void theWorkingDraftAndTheOfficialVersionAreSeparateRunsNumberedAfterEarlierBuilds() {
        String plan = newPlan();
        HalfYear period = new HalfYear(2025, 1);
        built(plan, "2025-H1");

        service.buildScheduled(plan, period, ConsolidatedReport.Kind.WORKING_DRAFT);
        service.buildScheduled(plan, period, ConsolidatedReport.Kind.OFFICIAL);
        service.buildScheduled(plan, period, ConsolidatedReport.Kind.WORKING_DRAFT);

        versions(COORDINATOR, plan, "2025-H1").statusCode(200)
                .body("number", contains(1, 2, 3))
                .body("kind", contains("ON_DEMAND", "WORKING_DRAFT", "OFFICIAL"));
    }

    @Test
    void aScheduledRunOfOnePlanDoesNotStopTheSameRunOfAnother() {
        String one = newPlan();
        String other = newPlan();
        HalfYear period = new HalfYear(2025, 1);

        assertTrue(service.buildScheduled(one, period, ConsolidatedReport.Kind.OFFICIAL).isPresent());
        assertTrue(service.buildScheduled(other, period, ConsolidatedReport.Kind.OFFICIAL).isPresent());
        assertTrue(service.buildScheduled(one, new HalfYear(2025, 2), ConsolidatedReport.Kind.OFFICIAL).isPresent());

        versions(COORDINATOR, other, "2025-H1").statusCode(200).body("kind", contains("OFFICIAL"));
    }

    @Test
    void everyBuildIsAuditedWithWhoBuiltItAndItsHash() {
        String plan = newPlan();
        String hash = built(plan, "2025-H1").extract().path("header.contentHash");
        service.buildScheduled(plan, new HalfYear(2025, 1), ConsolidatedReport.Kind.OFFICIAL);

        TestAccounts.as(TestAccounts.ADMIN)
                .queryParam("action", "CONSOLIDATED_REPORT_BUILT")
                .queryParam("subjectId", plan + "/2025-H1/1")
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].actor", equalTo(COORDINATOR))
                .body("[0].subjectType", equalTo("CONSOLIDATED_REPORT"))
                .body("[0].summary", equalTo("ON_DEMAND version 1, content " + hash));
        TestAccounts.as(TestAccounts.ADMIN)
                .queryParam("action", "CONSOLIDATED_REPORT_BUILT")
                .queryParam("subjectId", plan + "/2025-H1/2")
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].actor", equalTo("system"))
                .body("[0].summary", startsWith("OFFICIAL version 2, content "));
    }

    /**
     * Runs {@code task} on {@code n} threads released together and returns their results.
     */
    private static <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
