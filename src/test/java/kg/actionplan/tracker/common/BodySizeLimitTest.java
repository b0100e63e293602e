package kg.actionplan.tracker.common;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTS;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.entryIs;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * A request body may be at most 1 MiB. A larger one sent in chunks, its length undeclared, is refused like one whose
 * Content-Length declares too much (ProblemFormatTest): with a problem detail, before any of it is used, and logged
 * as one refused request rather than as a failure. A chunked body within the limit is read as any other.
 */
@QuarkusTest
class BodySizeLimitTest {

    private static final int LIMIT = 1024 * 1024;
    private static final String UKMK = TestAccounts.REPORTER_UKMK;

    /** HTTP/1.1, whose client sends a body of unknown length in chunks. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI service;

    /**
     * A request signed in as {@code user}, to carry a JSON body.
     */
    private HttpRequest.Builder request(String user, String path) {
        String credentials = user + ":" + TestAccounts.password(user);
        return HttpRequest.newBuilder(service.resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
    }

    /**
     * A body read from a stream: sent in chunks, without Content-Length. (REST Assured would send even such a body
     * with its Content-Length.)
     */
    private static HttpRequest.BodyPublisher chunked(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    /**
     * {@code json} followed by blanks up to {@code size} bytes.
     */
    private static String padded(String json, int size) {
        return json + " ".repeat(size - json.getBytes(StandardCharsets.UTF_8).length);
    }

    private static String entry(int percent, String narrative) {
        return "{\"status\": \"IN_PROGRESS\", \"progressPercent\": " + percent + ", \"narrative\": \"" + narrative + "\"}";
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
