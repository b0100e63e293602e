package kg.actionplan.tracker;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.MessagingException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Two packaged instances (two JVMs, two ports) on one PostgreSQL database, with a real SMTP server: what one
 * acknowledges the other serves, each scheduled firing runs on one of them, and every alert is mailed exactly once
 * although one instance is killed (SIGKILL) while a message of its is in flight.
 *
 * <p>Needs the service packaged for PostgreSQL and a reachable server; runs with {@code ./mvnw verify -Pcluster
 * -Dquarkus.datasource.db-kind=postgresql} (as {@code .ci/run} does), and is skipped otherwise. It works in a schema of
 * its own, emptied first.
 */
@EnabledIfSystemProperty(named = "tracker.it.cluster.jdbc-url", matches = ".+")
class ClusteredInstancesIT {

    private static final String JDBC_URL = System.getProperty("tracker.it.cluster.jdbc-url");
    private static final String DB_USER = System.getProperty("tracker.it.cluster.username", "postgres");
    private static final String SCHEMA = "tracker_cluster";
    private static final String ADMIN_PASSWORD = "cluster-admin-password";
    private static final String REPORTER_PASSWORD = "cluster-reporter-password";
    private static final String PLAN = "cluster-plan";
    private static final Pattern FIRING = Pattern.compile("Scheduled (.+?), firing of (\\S+):");
    private static final List<String> CONTACTS = IntStream.rangeClosed(1, 20)
            .mapToObj(n -> "office" + n + "@cluster-agency.gov.kg").toList();

    @TempDir
    Path workDir;

    /** Armed, the proxies hold back the next message that either instance sends. */
    private final AtomicBoolean armed = new AtomicBoolean();
    private GreenMail smtp;
    private HoldingSmtpProxy firstProxy;
    private HoldingSmtpProxy secondProxy;
    private PackagedService first;
    private PackagedService second;

    @BeforeEach
    void startTwoInstancesOnOneDatabase() throws Exception {
        emptySchema();
        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // Each instance reaches the SMTP server through a proxy, so that the test can catch either mid-message.
        firstProxy = new HoldingSmtpProxy(smtpPort, armed);
        secondProxy = new HoldingSmtpProxy(smtpPort, armed);
        first = new PackagedService(Files.createDirectories(workDir.resolve("first")), environment(firstProxy.port()));
        second = new PackagedService(Files.createDirectories(workDir.resolve("second")),
                environment(secondProxy.port()));
        first.start();
        second.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        try (HoldingSmtpProxy one = firstProxy; HoldingSmtpProxy other = secondProxy;
                PackagedService firstService = first; PackagedService secondService = second) {
            smtp.stop();
        }
    }

    @Test
    void twoInstancesShareTheWorkAndMailEveryAlertOnceWhenOneIsKilledMidMessage() throws Exception {
        as(first, "admin", ADMIN_PASSWORD).contentType(ContentType.JSON).body(planDocument())
                .when().post("/api/v1/plans")
                .then().statusCode(201);

        whatOneAcknowledgesTheOtherServes();
        eachFiringRunsOnOneInstance();
        everyAlertIsMailedOnceWhenTheSenderDiesMidMessage();
    }

    private void whatOneAcknowledgesTheOtherServes() {
        as(second, "admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", "cluster-reporter", "password", REPORTER_PASSWORD, "role", "REPORTER",
                        "agency", "TESTAG", "language", "en"))
                .when().post("/api/v1/users")
                .then().statusCode(201);
        long report = ((Number) as(first, "cluster-reporter", REPORTER_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("planCode", PLAN, "period", lastEndedHalfYear(), "agency", "TESTAG"))
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().path("id")).longValue();
        String entry = "/api/v1/reports/" + report + "/entries/1.1";
        String etag = as(second, "cluster-reporter", REPORTER_PASSWORD).when().get(entry)
                .then().statusCode(200).extract().header("ETag");
        as(first, "cluster-reporter", REPORTER_PASSWORD).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("status", "IN_PROGRESS", "progressPercent", 60, "narrative", "Written on the first"))
                .when().put(entry)
                .then().statusCode(200);
        as(second, "cluster-reporter", REPORTER_PASSWORD).when().post("/api/v1/reports/" + report + "/submit")
                .then().statusCode(200);

        as(first, "admin", ADMIN_PASSWORD).when().get("/api/v1/reports/" + report)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("entries.find { it.measure == '1.1' }.narrative", equalTo("Written on the first"));
        Map<String, String> cookies = given().baseUri(first.baseUri()).contentType(ContentType.JSON)
                .body(Map.of("username", "cluster-reporter", "password", REPORTER_PASSWORD))
                .when().post("/api/v1/session")
                .then().statusCode(201).extract().cookies();
        given().baseUri(second.baseUri()).cookies(cookies)
                .when().get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo("cluster-reporter"));
    }

    /** The jobs fire every few seconds here; every firing is logged by the one instance that ran it. */
    private void eachFiringRunsOnOneInstance() throws IOException {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> firings().keySet().stream().filter(f -> f.startsWith("alert scan")).count() >= 4);
        Map<String, Long> firings = firings();
        firings.forEach((firing, runs) -> assertEquals(1L, runs, firing + " ran " + runs + " times"));
        assertTrue(firings.keySet().stream().anyMatch(f -> f.startsWith("OFFICIAL build")), firings.toString());
        List<String> periods = given().baseUri(first.baseUri()).when().get("/api/v1/plans/" + PLAN + "/periods")
                .then().statusCode(200).extract().jsonPath().getList("id");
        for (String period : periods) {
            List<String> kinds = as(second, "admin", ADMIN_PASSWORD)
                    .when().get("/api/v1/plans/" + PLAN + "/periods/" + period + "/consolidated-report/versions")
                    .then().statusCode(200).extract().jsonPath().getList("kind");
            assertTrue(kinds.stream().filter("OFFICIAL"::equals).count() <= 1, period + ": " + kinds);
        }
    }

    private void everyAlertIsMailedOnceWhenTheSenderDiesMidMessage() throws Exception {
        armed.set(true);
        as(second, "admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("emails", CONTACTS, "language", "en"))
                .when().put("/api/v1/agencies/TESTAG/contacts")
                .then().statusCode(200);
        as(first, "admin", ADMIN_PASSWORD).when().post("/api/v1/alerts/scan").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> firstProxy.holding() || secondProxy.holding());
        PackagedService sender = firstProxy.holding() ? first : second;
        PackagedService survivor = sender == first ? second : first;
        sender.kill();
        Instant killedAt = Instant.now();

        // The SMTP server's thread fails on the message cut off by the kill, as it should; that is not the test's
        // failure, so Awaitility must not take it for one.
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> CONTACTS.stream().allMatch(contact -> allSent(survivor, contact)));
        Map<String, Long> received = messagesByRecipient();
        CONTACTS.forEach(contact -> assertEquals(1L, received.getOrDefault(contact, 0L),
                contact + " gets its digest exactly once"));

        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> firingsIn(survivor).anyMatch(f -> f.startsWith("alert scan")
                        && Instant.parse(f.substring(f.lastIndexOf(' ') + 1)).isAfter(killedAt)));
    }

    private boolean allSent(PackagedService service, String contact) {
        List<String> statuses = as(service, "admin", ADMIN_PASSWORD).queryParam("recipient", contact)
                .when().get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath().getList("status");
        return !statuses.isEmpty() && statuses.stream().allMatch("SENT"::equals);
    }

    private Map<String, Long> messagesByRecipient() {
        return Arrays.stream(smtp.getReceivedMessages()).flatMap(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).map(Object::toString);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Every logged firing ("alert scan 2026-…Z", "OFFICIAL build 2026-…Z") with how many instances ran it. */
    private Map<String, Long> firings() throws IOException {
        return Stream.concat(firingsIn(first), firingsIn(second))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Stream<String> firingsIn(PackagedService service) throws IOException {
        return service.log().stream().map(FIRING::matcher).filter(Matcher::find)
                .map(m -> m.group(1) + " " + m.group(2));
    }

    private static RequestSpecification as(PackagedService service, String username, String password) {
        return given().baseUri(service.baseUri()).auth().preemptive().basic(username, password);
    }

    private static Map<String, String> environment(int smtpPort) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", JDBC_URL + "?currentSchema=" + SCHEMA);
        env.put("QUARKUS_DATASOURCE_USERNAME", DB_USER);
        env.put("QUARKUS_FLYWAY_SCHEMAS", SCHEMA);
        env.put("TRACKER_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("TRACKER_SECURITY_BCRYPT_COST", "4");
        env.put("TRACKER_MAIL_ENABLED", "true");
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", String.valueOf(smtpPort));
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        env.put("TRACKER_ALERTS_SEND_EVERY", "1s");
        // A claim of a dead instance is free again after two of these.
        env.put("TRACKER_ALERTS_SEND_TIMEOUT", "PT3S");
        env.put("TRACKER_ALERTS_SCAN_CRON", "0/3 * * * * ?");
        env.put("TRACKER_CONSOLIDATED_DRAFT_CRON", "1/3 * * * * ?");
        env.put("TRACKER_CONSOLIDATED_OFFICIAL_CRON", "2/3 * * * * ?");
        return env;
    }

    private static void emptySchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(JDBC_URL, DB_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    /** The half-year a report can be written on today; the test plan runs from 2024-H1 to 2028-H2. */
    private static String lastEndedHalfYear() {
        LocalDate today = LocalDate.now();
        return today.getMonthValue() > 6 ? today.getYear() + "-H1" : (today.getYear() - 1) + "-H2";
    }

    private static String planDocument() throws IOException {
        return Files.readString(Path.of("src/test/resources/plan-documents/minimal.json"))
                .replace("\"code\": \"placeholder\"", "\"code\": \"" + PLAN + "\"");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
