package kg.actionplan.tracker.common;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.common.RawHttp.chunked;
import static kg.actionplan.tracker.common.RawHttp.declared;
import static kg.actionplan.tracker.common.RawHttp.padded;
import static kg.actionplan.tracker.common.RawHttp.send;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTS;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.entryIs;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * A request body may be at most 1 MiB, a plan document excepted (PlanDocumentSizeTest). A larger one sent in chunks,
 * its length undeclared, is refused like one whose Content-Length declares too much (ProblemFormatTest): with a
 * problem detail, before any of it is used, and logged as one refused request rather than as a failure. A chunked body
 * within the limit is read as any other.
 */
@QuarkusTest
class BodySizeLimitTest {

    private static final int LIMIT = 1024 * 1024;
    private static final String UKMK = TestAccounts.REPORTER_UKMK;

    @TestHTTPResource("/")
    URI service;

    @Inject
    Vertx vertx;

    private HttpRequest.Builder request(String user, String path) {
        return RawHttp.request(service, user, path);
    }

    private static String entry(int percent, String narrative) {
        return "{\"status\": \"IN_PROGRESS\", \"progressPercent\": " + percent + ", \"narrative\": \"" + narrative + "\"}";
    }

    @Test
    void aChunkedBodyOverOneMebibyteIsAPayloadTooLargeProblemAndChangesNothing() throws Exception {
        long id = createReport(UKMK, newPlan(), "2024-H1", "UKMK");
        String path = REPORTS + "/" + id + "/entries/1.1";

        HttpResponse<String> response = send(request(UKMK, path).header("If-Match", "*")
                .PUT(chunked(entry(40, "x".repeat(LIMIT)))));

        assertEquals(413, response.statusCode());
        assertEquals(Optional.of(PROBLEM_JSON), response.headers().firstValue("Content-Type"));
        assertEquals(Map.of("type", "urn:tracker:problem:payload-too-large",
                "title", "Payload too large",
                "status", 413,
                "detail", "The request body is larger than the 1048576 bytes this service accepts.",
                "instance", path), JsonPath.from(response.body()).getMap("$"));
        entryIs(UKMK, id, "1.1", "NOT_STARTED", 0);
    }

    /**
     * The HTTP layer lets plan documents of many mebibytes through, so this limit is the only one for the rest: the
     * plan catalogue's deeper paths and other methods on the import's path among them.
     */
    @Test
    void everyBodyButAPlanDocumentIsRefusedOverOneMebibyte() throws Exception {
        String plan = newPlan();
        String build = "/api/v1/plans/" + plan + "/periods/2024-H1/consolidated-report";
        String oneByteOver = padded("{}", LIMIT + 1);
        List<HttpRequest.Builder> requests = List.of(
                request(TestAccounts.ADMIN, "/api/v1/users").POST(declared(oneByteOver)),
                request(TestAccounts.COORDINATOR, build).POST(declared(oneByteOver)),
                request(TestAccounts.COORDINATOR, build).POST(chunked(oneByteOver)),
                request(TestAccounts.COORDINATOR, "/api/v1/plans").PUT(declared(oneByteOver)));

        for (HttpRequest.Builder request : requests) {
            HttpResponse<String> response = send(request);
            assertEquals(413, response.statusCode(), response.body());
            assertEquals("The request body is larger than the 1048576 bytes this service accepts.",
                    JsonPath.from(response.body()).getString("detail"));
        }
        as(TestAccounts.COORDINATOR).when().get(build + "/versions").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aChunkedBodyOfExactlyOneMebibyteIsReadAndOneByteMoreIsRefused() throws Exception {
        long id = createReport(UKMK, newPlan(), "2024-H1", "UKMK");
        String path = REPORTS + "/" + id + "/entries/1.1";

        HttpResponse<String> atTheLimit = send(request(UKMK, path).header("If-Match", "*")
                .PUT(chunked(padded(entry(30, "x"), LIMIT))));
        HttpResponse<String> oneByteOver = send(request(UKMK, path).header("If-Match", "*")
                .PUT(chunked(padded(entry(40, "x"), LIMIT + 1))));

        assertEquals(200, atTheLimit.statusCode(), atTheLimit.body());
        assertEquals(413, oneByteOver.statusCode(), oneByteOver.body());
        entryIs(UKMK, id, "1.1", "IN_PROGRESS", 30);
    }

    @Test
    void aClientThatAsksLeaveToSendItsChunkedBodyIsGivenIt() throws Exception {
        long id = createReport(UKMK, newPlan(), "2024-H1", "UKMK");

        HttpResponse<String> response = send(request(UKMK, REPORTS + "/" + id + "/entries/1.1")
                .header("If-Match", "*").expectContinue(true).timeout(Duration.ofSeconds(10))
                .PUT(chunked(entry(30, "x"))));

        assertEquals(200, response.statusCode(), response.body());
        entryIs(UKMK, id, "1.1", "IN_PROGRESS", 30);
    }

    /**
     * An HTTP/2 body of undeclared length cannot be read ahead like a chunked HTTP/1.1 one; it is counted as the
     * resource reads it, and refused with the same problem once more than 1 MiB has been read.
     */
    @Test
    void anHttp2BodyOfUndeclaredLengthIsRefusedOnceMoreThanOneMebibyteIsRead() throws Exception {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false));
        try {
            String body = "{\"username\": \"oversized2\", \"password\": \"" + "p".repeat(LIMIT) + "\", "
                    + "\"role\": \"OBSERVER\", \"language\": \"ky\"}";
            Answer answer = client.request(new RequestOptions().setMethod(HttpMethod.POST)
                            .setAbsoluteURI(service.resolve("/api/v1/users").toString())
                            .putHeader("Authorization", RawHttp.basic(TestAccounts.ADMIN))
                            .putHeader("Content-Type", "application/json"))
                    .compose(request -> {
                        // Chunked over HTTP/2: the body goes without Content-Length.
                        request.setChunked(true).end(body);
                        return request.response();
                    })
                    .compose(response -> response.body().map(content -> new Answer(response, content.toString())))
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);

            assertEquals(HttpVersion.HTTP_2, answer.response().version());
            assertEquals(413, answer.response().statusCode(), answer.body());
            assertEquals(PROBLEM_JSON, answer.response().getHeader("Content-Type"));
            assertEquals(Map.of("type", "urn:tracker:problem:payload-too-large",
                    "title", "Payload too large",
                    "status", 413,
                    "detail", "The request body is larger than the 1048576 bytes this service accepts.",
                    "instance", "/api/v1/users"), JsonPath.from(answer.body()).getMap("$"));
        } finally {
            client.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        as(TestAccounts.ADMIN).when().get("/api/v1/users/oversized2").then().statusCode(404);
    }

    @Test
    void aRefusedChunkedBodyIsLoggedAsOneRefusedRequestWithoutError() throws Exception {
        Captured log = new Captured();
        Logger root = Logger.getLogger("");
        root.addHandler(log);
        try {
            HttpResponse<String> response = send(request(TestAccounts.ADMIN, "/api/v1/users").POST(chunked(
                    "{\"username\": \"oversized\", \"password\": \"" + "p".repeat(LIMIT) + "\", "
                            + "\"role\": \"OBSERVER\", \"language\": \"ky\"}")));
            assertEquals(413, response.statusCode());
            as(TestAccounts.ADMIN).when().get("/api/v1/users/oversized").then().statusCode(404);
        } finally {
            root.removeHandler(log);
        }

        assertEquals(List.of("INFO Refused request POST /api/v1/users from 127.0.0.1: body over the limit of 1048576 "
                + "bytes"), log.lines(record -> record.getFormattedMessage().contains("body over the limit")));
        assertEquals(List.of(), log.lines(record -> record.getLevel().intValue() > Level.INFO.intValue()
                || record.getThrown() != null), "warnings, errors and stack traces");
    }

    private record Answer(HttpClientResponse response, String body) {
    }

    /**
     * Keeps what is logged while it is installed.
     */
    private static final class Captured extends Handler {

        private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add((ExtLogRecord) record);
        }

        /**
         * The level and message of each record kept that {@code matches}.
         */
        List<String> lines(Predicate<ExtLogRecord> matches) {
            return records.stream().filter(matches)
                    .map(record -> record.getLevel() + " " + record.getFormattedMessage())
                    .toList();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
