package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.report.ReportFixtures.create;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.etag;
import static kg.actionplan.tracker.report.ReportFixtures.getEntry;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.putEntry;
import static kg.actionplan.tracker.report.ReportFixtures.revisions;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * Two people working on one report at once: no edit is silently lost, and no submission is frozen twice.
 */
@QuarkusTest
class ReportConcurrencyTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;
    static final ExecutorService THREADS = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    /**
     * Runs both requests at the same moment, as far as two threads can, and returns their responses in order.
     */
    private static List<ExtractableResponse<Response>> together(Supplier<ExtractableResponse<Response>> first,
            Supplier<ExtractableResponse<Response>> second) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<ExtractableResponse<Response>> a = CompletableFuture.supplyAsync(() -> {
            ready.countDown();
            await(go);
            return first.get();
        }, THREADS);
        CompletableFuture<ExtractableResponse<Response>> b = CompletableFuture.supplyAsync(() -> {
            ready.countDown();
            await(go);
            return second.get();
        }, THREADS);
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void ofTwoSimultaneousEditsWithTheSameETagOneWinsAndTheOtherIsRefused() throws Exception {
        long id = createReport(UKMK, newPlan(), "2024-H1", "UKMK");
        String tag = etag(UKMK, id, "1.1");
        Map<String, Object> alice = inProgress(30, "Alice's account of 1.1");
        Map<String, Object> bob = inProgress(60, "Bob's account of 1.1");

        List<ExtractableResponse<Response>> responses = together(
                () -> putEntry(UKMK, id, "1.1", tag, alice).extract(),
                () -> putEntry(UKMK, id, "1.1", tag, bob).extract());

        List<Integer> statuses = responses.stream().map(ExtractableResponse::statusCode).sorted().toList();
        assertEquals(List.of(200, 412), statuses, "one edit wins, the other is refused: " + responses.stream()
                .map(ExtractableResponse::asString).toList());
        Map<String, Object> winner = responses.get(0).statusCode() == 200 ? alice : bob;
        String winnersTag = responses.get(0).statusCode() == 200 ? responses.get(0).header("ETag")
                : responses.get(1).header("ETag");
        getEntry(UKMK, id, "1.1").statusCode(200)
                .header("ETag", equalTo(winnersTag))
                .body("status", equalTo(winner.get("status")))
                .body("progressPercent", equalTo(winner.get("progressPercent")))
                .body("narrative", equalTo(winner.get("narrative")));
    }

    @Test
    void twoSimultaneousSubmissionsFreezeOneRevision() throws Exception {
        long id = createReport(UKMK, newPlan(), "2024-H1", "UKMK");

        List<ExtractableResponse<Response>> responses = together(
                () -> submit(UKMK, id).extract(),
                () -> submit(UKMK, id).extract());

        assertEquals(List.of(200, 200), responses.stream().map(ExtractableResponse::statusCode).toList(),
                responses.stream().map(ExtractableResponse::asString).toList().toString());
        responses.forEach(r -> assertEquals(1, r.jsonPath().getInt("revision")));
        revisions(UKMK, id).statusCode(200).body("", hasSize(1));
    }

    @Test
    void ofTwoSimultaneousOpeningsOfOneReportOneCreatesItAndTheOtherIsToldItExists() throws Exception {
        for (int round = 0; round < 5; round++) {
            String plan = newPlan();

            List<ExtractableResponse<Response>> responses = together(
                    () -> create(UKMK, plan, "2024-H1", "UKMK").extract(),
                    () -> create(UKMK, plan, "2024-H1", "UKMK").extract());

            assertEquals(List.of(201, 409), responses.stream().map(ExtractableResponse::statusCode).sorted().toList(),
                    "round " + round + ": " + responses.stream().map(ExtractableResponse::asString).toList());
        }
    }
}
