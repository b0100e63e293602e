package kg.actionplan.tracker.alert;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;
import kg.actionplan.tracker.common.Pages;
import kg.actionplan.tracker.report.ReportFixtures;

/**
 * The alert outbox end to end: the scan stores alerts once, the sender delivers each recipient's digest exactly
 * once however often the SMTP server goes away in between, retries with a doubling pause and gives up at last; a
 * switched-off address gets nothing new; the outbox listing and the recipients' switch check their input and callers.
 *
 * <p>Every test has a plan of its own in a year of its own (2080–2086; the scan covers every plan whose reporting is
 * open, and no other test's plan is open then), with an executing and a coordinating agency of its own whose contact
 * addresses are asserted on; the committee's accounts also get the coordinator's alerts, but they are shared with
 * other tests and left alone. Before its scan a test sends what other tests left pending, so that its runs are
 * about its own alerts.
 *
 * <p>"The server is down" is GreenMail stopped (connections refused); a server that refuses some digests is GreenMail
 * answering 451 to them. GreenMail forgets its mailboxes when it stops, so what it accepted is also counted apart
 * ({@link #delivered}).
 */
@QuarkusTest
class AlertOutboxTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final String ALERTS = "/api/v1/alerts";
    private static final String RECIPIENTS = "/api/v1/alerts/recipients";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_RETRY = Duration.ofHours(6);
    private static final int MAX_ATTEMPTS = 30;

    /** Digests the SMTP server accepted, by recipient, over restarts of the server (which forget its mailboxes). */
    private static final Map<String, AtomicInteger> DELIVERED = new ConcurrentHashMap<>();
    /** Recipients whose digests the server refuses (451), and what to do at the first refusal. */
    private static volatile Set<String> refused = Set.of();
    private static volatile Runnable onFirstRefusal = () -> {
    };
    private static final AtomicBoolean REFUSED_ONCE = new AtomicBoolean();

    @Inject
    MutableClock clock;

    @Inject
    AlertSender sender;

    @BeforeEach
    void serverUp() {
        smtpUp();
    }

    @AfterEach
    void restore() throws Exception {
        refused = Set.of();
        onFirstRefusal = () -> {
        };
        REFUSED_ONCE.set(false);
        awaitSenderIdle();
        smtpUp();
        clock.reset();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Delivery, retries and exactly-once

    @Test
    void anOutboxQueuedWhileTheServerIsDownIsDeliveredOnceWhenItIsBack() throws Exception {
        Fixture f = fixture(2080, 2);
        Instant day = f.day();
        clock.set(day);
        flushOutbox();
        smtpDown();

        JsonPath scanned = scan();
        assertTrue(scanned.getList("plans").contains(f.plan()), "the scan covered the plan");
        assertTrue(scanned.getInt("queuedByRule.SUBMISSION_MISSED") >= 3, scanned.prettify());
        assertTrue(scanned.getInt("queuedByRule.MEASURE_OVERDUE") >= 3, scanned.prettify());
        AlertSender.Result down = sender.sendDue();
        assertEquals(0, down.sent(), "nothing can be sent while the server is down");

        for (String recipient : f.recipients()) {
            List<Map<String, Object>> alerts = alertsTo(recipient);
            assertEquals(2, alerts.size(), recipient + ": the missed submission and the overdue measure");
            for (Map<String, Object> alert : alerts) {
                assertEquals("PENDING", alert.get("status"), recipient);
                assertEquals(1, alert.get("attempts"), recipient);
                assertFalse(((String) alert.get("lastError")).isBlank(), recipient);
                assertEquals(day, instant(alert, "lastAttemptAt"), recipient);
                assertEquals(day.plus(FIRST_RETRY), instant(alert, "nextAttemptAt"), recipient);
                assertNull(alert.get("sentAt"), recipient);
            }
        }

        // A run before the pause is over does not try again, even with the server back.
        smtpUp();
        clock.set(day.plus(FIRST_RETRY).minusSeconds(1));
        sender.sendDue();
        for (String recipient : f.recipients()) {
            assertEquals(0, delivered(recipient), recipient);
            alertsTo(recipient).forEach(alert -> assertEquals(1, alert.get("attempts"), recipient));
        }

        Instant retry = day.plus(FIRST_RETRY);
        clock.set(retry);
        AlertSender.Result up = sender.sendDue();
        assertTrue(up.sent() >= f.recipients().size(), "sent " + up);
        for (String recipient : f.recipients()) {
            List<MimeMessage> mails = mailsTo(recipient);
            assertEquals(1, mails.size(), recipient + " gets one digest");
            assertTrue(mails.get(0).getSubject().contains("(2)"), mails.get(0).getSubject());
            String body = GreenMailUtil.getBody(mails.get(0));
            assertTrue(body.contains(f.plan()) && body.contains(f.agency()), "the digest names the plan and agency");
            for (Map<String, Object> alert : alertsTo(recipient)) {
                assertEquals("SENT", alert.get("status"), recipient);
                assertEquals(2, alert.get("attempts"), recipient);
                assertEquals(retry, instant(alert, "sentAt"), recipient);
                assertNull(alert.get("nextAttemptAt"), recipient);
            }
        }

        // Nothing more: another run, a scan again the same day and later in the same week.
        sender.sendDue();
        assertEquals(0, scan().getInt("queued"));
        clock.set(day.plus(Duration.ofDays(3)));
        JsonPath sameWeek = scan();
        assertTrue(sameWeek.getList("plans").contains(f.plan()));
        assertEquals(0, sameWeek.getInt("queued"), sameWeek.prettify());
        sender.sendDue();
        for (String recipient : f.recipients()) {
            assertEquals(1, mailsTo(recipient).size(), recipient);
            assertEquals(1, delivered(recipient), recipient);
            assertEquals(2, alertsTo(recipient).size(), recipient);
        }
    }

    @Test
    void stoppingTheSmtpServerMidRunAndStartingItAgainDeliversEveryAlertExactlyOnce() throws Exception {
        Fixture f = fixture(2081, 3);
        Instant day = f.day();
        clock.set(day);
        flushOutbox();
        // One run, right after the scan: the server takes the first contact's digest (the first of this test's in
        // the run, its alerts being the oldest), then goes down at the next one, which it refuses.
        String first = f.contacts().get(0);
        List<String> cutOff = f.recipients().stream().filter(r -> !r.equals(first)).toList();
        AtomicReference<Thread> stopper = new AtomicReference<>();
        onFirstRefusal = () -> {
            Thread stopping = new Thread(AlertOutboxTest::smtpDown, "smtp-stopper");
            stopper.set(stopping);
            stopping.start();
        };
        refused = Set.copyOf(cutOff);

        JsonPath scanned = scan();
        assertTrue(scanned.getList("plans").contains(f.plan()));
        assertNotNull(stopper.get(), "the run reached a digest after the first one");
        stopper.get().join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(smtp.isRunning(), "the server is down");

        assertEquals(1, delivered(first));
        alertsTo(first).forEach(alert -> {
            assertEquals("SENT", alert.get("status"));
            assertEquals(1, alert.get("attempts"));
            assertEquals(day, instant(alert, "sentAt"));
        });
        for (String recipient : cutOff) {
            assertEquals(0, delivered(recipient), recipient);
            List<Map<String, Object>> alerts = alertsTo(recipient);
            assertEquals(2, alerts.size(), recipient);
            for (Map<String, Object> alert : alerts) {
                assertEquals("PENDING", alert.get("status"), recipient);
                assertEquals(1, alert.get("attempts"), recipient);
                assertFalse(((String) alert.get("lastError")).isBlank(), recipient);
                assertEquals(day.plus(FIRST_RETRY), instant(alert, "nextAttemptAt"), recipient);
            }
        }

        // Still down when the retry is due: the pause doubles.
        Instant second = day.plus(FIRST_RETRY);
        clock.set(second);
        assertEquals(0, sender.sendDue().sent());
        for (String recipient : cutOff) {
            alertsTo(recipient).forEach(alert -> {
                assertEquals("PENDING", alert.get("status"), recipient);
                assertEquals(2, alert.get("attempts"), recipient);
                assertEquals(second, instant(alert, "lastAttemptAt"), recipient);
                assertEquals(second.plus(FIRST_RETRY.multipliedBy(2)), instant(alert, "nextAttemptAt"), recipient);
            });
        }
        alertsTo(first).forEach(alert -> assertEquals(1, alert.get("attempts"), "what was sent is not tried again"));

        // Back up.
        refused = Set.of();
        smtpUp();
        Instant third = second.plus(FIRST_RETRY.multipliedBy(2));
        clock.set(third);
        AlertSender.Result up = sender.sendDue();
        assertTrue(up.sent() >= cutOff.size(), "sent " + up);
        for (String recipient : cutOff) {
            assertEquals(1, mailsTo(recipient).size(), recipient);
            alertsTo(recipient).forEach(alert -> {
                assertEquals("SENT", alert.get("status"), recipient);
                assertEquals(3, alert.get("attempts"), recipient);
                assertEquals(third, instant(alert, "sentAt"), recipient);
            });
        }

        // Nothing more, however often it runs and scans in the same week.
        sender.sendDue();
        assertEquals(0, scan().getInt("queued"));
        clock.set(day.plus(Duration.ofDays(4)));
        assertEquals(0, scan().getInt("queued"));
        sender.sendDue();
        assertEquals(0, mailsTo(first).size(), "the first digest is not sent again after the restart");
        for (String recipient : f.recipients()) {
            assertEquals(1, delivered(recipient), recipient + " got exactly one digest");
            assertEquals(2, alertsTo(recipient).size(), recipient);
        }
    }

    @Test
    void aSecondScanSendsNothingNew() throws Exception {
        Fixture f = fixture(2082, 2);
        clock.set(f.day());
        flushOutbox();

        JsonPath first = scan();
        assertTrue(first.getList("plans").contains(f.plan()));
        assertTrue(first.getInt("queued") >= 2 * f.recipients().size(), first.prettify());
        sender.sendDue();
        int stored = alerts(Map.of("agency", f.agency())).size();
        for (String recipient : f.recipients()) {
            assertEquals(1, mailsTo(recipient).size(), recipient);
        }

        clock.set(f.day().plus(Duration.ofHours(3)));
        JsonPath second = scan();
        assertTrue(second.getList("plans").contains(f.plan()));
        assertEquals(0, second.getInt("queued"), second.prettify());
        assertEquals(Map.of(), second.getMap("queuedByRule"));
        sender.sendDue();

        assertEquals(stored, alerts(Map.of("agency", f.agency())).size(), "no alert stored twice");
        for (String recipient : f.recipients()) {
            assertEquals(1, mailsTo(recipient).size(), recipient + " gets nothing new");
            assertEquals(1, delivered(recipient), recipient);
        }
    }

    @Test
    void thePauseDoublesUpToSixHoursAndAnAlertIsGivenUpAfterItsLastAttempt() throws Exception {
        Fixture f = fixture(2083, 1);
        clock.set(f.day());
        flushOutbox();
        // The server is up but refuses this test's digests: only they fail, over and over.
        refused = Set.copyOf(f.recipients());
        String contact = f.contacts().get(0);

        scan();
        // Not before its time.
        clock.set(f.day().plus(FIRST_RETRY).minusSeconds(1));
        sender.sendDue();
        alertsTo(contact).forEach(alert -> assertEquals(1, alert.get("attempts")));

        for (int attempts = 1; attempts < MAX_ATTEMPTS; attempts++) {
            Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
            Duration expected = pause.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : pause;
            Instant next = null;
            for (Map<String, Object> alert : alertsTo(contact)) {
                assertEquals("PENDING", alert.get("status"), "after " + attempts + " attempt(s)");
                assertEquals(attempts, alert.get("attempts"));
                next = instant(alert, "nextAttemptAt");
                assertEquals(expected, Duration.between(instant(alert, "lastAttemptAt"), next),
                        "the pause after " + attempts + " failure(s)");
            }
            clock.set(next);
            sender.sendDue();
        }

        List<Map<String, Object>> given = alertsTo(contact);
        assertEquals(2, given.size());
        for (Map<String, Object> alert : given) {
            assertEquals("FAILED", alert.get("status"));
            assertEquals(MAX_ATTEMPTS, alert.get("attempts"));
            assertNull(alert.get("nextAttemptAt"));
            assertFalse(((String) alert.get("lastError")).isBlank());
            assertNull(alert.get("sentAt"));
        }
        assertTrue(alerts(Map.of("agency", f.agency(), "status", "FAILED")).stream()
                .map(a -> a.get("recipient")).collect(Collectors.toSet()).containsAll(f.recipients()));

        // Given up is given up: not sent once the server takes it, nor stored again by a scan in the same week.
        refused = Set.of();
        clock.set(instant(given.get(0), "lastAttemptAt").plus(Duration.ofHours(6)));
        sender.sendDue();
        scan();
        sender.sendDue();
        for (String recipient : f.recipients()) {
            assertEquals(0, delivered(recipient), recipient);
            assertTrue(alertsTo(recipient).stream().allMatch(a -> "FAILED".equals(a.get("status"))), recipient);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Switching recipients off and on

    @Test
    void aSwitchedOffAddressGetsNothingNewItsPendingAlertsAreSkippedAndItsHistoryStays() throws Exception {
        Fixture f = fixture(2084, 2);
        Instant day = f.day();
        String kept = f.contacts().get(0);
        String leaving = f.contacts().get(1);
        clock.set(day);
        flushOutbox();
        smtpDown();
        scan();
        assertEquals(2, alertsTo(leaving).size());

        as(TestAccounts.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("active", false, "reason", "Left the agency"))
                .when().put(RECIPIENTS + "/" + leaving.toUpperCase(Locale.ROOT))
                .then().statusCode(200)
                .body("email", equalTo(leaving))
                .body("active", equalTo(false))
                .body("sources", equalTo(List.of("agency:" + f.agency())))
                .body("changedBy", equalTo(TestAccounts.COORDINATOR))
                .body("changedAt", equalTo(day.toString()))
                .body("reason", equalTo("Left the agency"));
        Map<String, Object> listed = recipient(leaving);
        assertEquals(false, listed.get("active"));
        assertEquals("Left the agency", listed.get("reason"));
        assertEquals(true, recipient(kept).get("active"));

        smtpUp();
        clock.set(day.plus(FIRST_RETRY));
        AlertSender.Result result = sender.sendDue();
        assertTrue(result.skipped() >= 2, "skipped " + result);
        assertEquals(0, delivered(leaving));
        assertEquals(1, delivered(kept));
        List<Map<String, Object>> skipped = alertsTo(leaving);
        assertEquals(2, skipped.size());
        skipped.forEach(alert -> {
            assertEquals("SKIPPED", alert.get("status"));
            assertEquals("recipient switched off", alert.get("lastError"));
            assertNull(alert.get("sentAt"));
        });

        // A week on the rules fire again: not for the switched-off address, whose history stays as it was.
        clock.set(day.plus(Duration.ofDays(7)));
        scan();
        sender.sendDue();
        assertEquals(4, alertsTo(kept).size());
        assertEquals(2, delivered(kept));
        assertEquals(skipped, alertsTo(leaving));
        assertEquals(0, delivered(leaving));

        as(TestAccounts.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("active", true))
                .when().put(RECIPIENTS + "/" + leaving)
                .then().statusCode(200)
                .body("email", equalTo(leaving))
                .body("active", equalTo(true))
                .body("changedBy", equalTo(TestAccounts.ADMIN))
                .body("reason", nullValue());
        List<Map<String, Object>> audit = as(TestAccounts.ADMIN)
                .queryParam("action", "ALERT_RECIPIENT_SWITCHED").queryParam("subjectId", leaving)
                .when().get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(2, audit.size(), audit.toString());
        assertEquals(Set.of("on → off: Left the agency", "off → on"),
                audit.stream().map(e -> e.get("summary")).collect(Collectors.toSet()));
        assertEquals(Set.of(TestAccounts.COORDINATOR, TestAccounts.ADMIN),
                audit.stream().map(e -> e.get("actor")).collect(Collectors.toSet()));

        // Switched on again, the next occurrence reaches it; the skipped ones stay skipped.
        clock.set(day.plus(Duration.ofDays(14)));
        scan();
        sender.sendDue();
        assertEquals(1, delivered(leaving));
        List<Map<String, Object>> all = alertsTo(leaving);
        assertEquals(4, all.size());
        assertEquals(Map.of("SENT", 2L, "SKIPPED", 2L),
                all.stream().collect(Collectors.groupingBy(a -> (String) a.get("status"), Collectors.counting())));
        assertEquals(3, delivered(kept));
    }

    @Test
    void switchingAnAddressRefusesWhatIsNotAKnownAddressOrAValidBodyAndCallersOtherThanTheCommittee() {
        Fixture f = fixture(2085, 1);
        String contact = f.contacts().get(0);
        Map<String, Object> off = Map.of("active", false, "reason", "test");

        as(TestAccounts.COORDINATOR).contentType(ContentType.JSON).body(off)
                .when().put(RECIPIENTS + "/not-an-address")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("status", equalTo(400));
        as(TestAccounts.COORDINATOR).contentType(ContentType.JSON).body(off)
                .when().put(RECIPIENTS + "/nobody-" + f.agency().toLowerCase(Locale.ROOT) + "@nowhere.kg")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:not-found"))
                .body("status", equalTo(404));
        // No body at all is refused as every resource of the service refuses it: 400, an invalid parameter.
        as(TestAccounts.COORDINATOR).contentType(ContentType.JSON)
                .when().put(RECIPIENTS + "/" + contact)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:invalid-parameter"));
        as(TestAccounts.COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "no switch"))
                .when().put(RECIPIENTS + "/" + contact)
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.path", hasItem(containsString("active")));
        as(TestAccounts.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("active", false, "reason", "x".repeat(501)))
                .when().put(RECIPIENTS + "/" + contact)
                .then().statusCode(422).contentType(PROBLEM_JSON);
        for (String user : List.of(TestAccounts.OBSERVER, TestAccounts.REPORTER_BIM)) {
            as(user).contentType(ContentType.JSON).body(off)
                    .when().put(RECIPIENTS + "/" + contact)
                    .then().statusCode(403).contentType(PROBLEM_JSON);
            as(user).when().get(RECIPIENTS).then().statusCode(403).contentType(PROBLEM_JSON);
        }
        given().contentType(ContentType.JSON).body(off)
                .when().put(RECIPIENTS + "/" + contact)
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().when().get(RECIPIENTS).then().statusCode(401).contentType(PROBLEM_JSON);

        Map<String, Object> unchanged = recipient(contact);
        assertEquals(true, unchanged.get("active"));
        assertNull(unchanged.get("changedAt"));
        assertEquals(List.of("agency:" + f.agency()), unchanged.get("sources"));
        assertEquals(0, as(TestAccounts.ADMIN)
                .queryParam("action", "ALERT_RECIPIENT_SWITCHED").queryParam("subjectId", contact)
                .when().get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("$").size());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The outbox listing and the scan's callers

    @Test
    void theOutboxListingFiltersByStatusAgencyRuleAndRecipientNewestFirst() throws Exception {
        Fixture f = fixture(2086, 2);
        Instant day = f.day();
        clock.set(day);
        flushOutbox();
        scan();
        sender.sendDue();

        List<Map<String, Object>> ofAgency = alerts(Map.of("agency", f.agency()));
        assertTrue(ofAgency.size() >= 2 * f.recipients().size(), ofAgency.toString());
        assertTrue(ofAgency.stream().allMatch(a -> f.agency().equals(a.get("agency")) && f.plan().equals(a.get("plan"))));
        assertEquals(Set.of("SUBMISSION_MISSED", "MEASURE_OVERDUE"),
                ofAgency.stream().map(a -> a.get("rule")).collect(Collectors.toSet()));
        assertTrue(ofAgency.stream().map(a -> a.get("recipient")).collect(Collectors.toSet()).containsAll(f.recipients()));
        List<Long> ids = ofAgency.stream().map(a -> ((Number) a.get("id")).longValue()).toList();
        List<Long> newestFirst = new ArrayList<>(ids);
        newestFirst.sort((a, b) -> Long.compare(b, a));
        assertEquals(newestFirst, ids, "newest first");

        List<Map<String, Object>> missed = alerts(Map.of("agency", f.agency(), "rule", "SUBMISSION_MISSED"));
        assertEquals(ofAgency.size() / 2, missed.size());
        assertTrue(missed.stream().allMatch(a -> "SUBMISSION_MISSED".equals(a.get("rule"))));
        assertEquals(ofAgency.size(), alerts(Map.of("agency", f.agency(), "status", "SENT")).size());
        assertEquals(List.of(), alerts(Map.of("agency", f.agency(), "status", "PENDING")));
        assertEquals(1, alerts(Map.of("agency", f.agency(), "limit", "1")).size());
        assertEquals(ids, Pages.walk(() -> as(TestAccounts.ADMIN), ALERTS, Map.of("agency", f.agency(), "limit", "3"))
                .stream().map(a -> ((Number) a.get("id")).longValue()).toList(), "page after page, the same alerts");

        String contact = f.contacts().get(0);
        List<Map<String, Object>> mine = alerts(Map.of("recipient", contact.toUpperCase(Locale.ROOT)));
        assertEquals(2, mine.size(), "the recipient filter ignores case");
        Map<String, Object> submission = only(mine, "SUBMISSION_MISSED");
        assertEquals(Map.ofEntries(
                Map.entry("rule", "SUBMISSION_MISSED"), Map.entry("status", "SENT"), Map.entry("recipient", contact),
                Map.entry("plan", f.plan()), Map.entry("period", f.year() + "-H1"), Map.entry("agency", f.agency()),
                Map.entry("dueOn", f.year() + "-07-05"), Map.entry("subject", f.plan() + "/" + f.year() + "-H1/" + f.agency()),
                Map.entry("occurrence", f.year() + "-07-06"), Map.entry("attempts", 1),
                Map.entry("createdAt", day.toString()), Map.entry("lastAttemptAt", day.toString()),
                Map.entry("sentAt", day.toString())),
                pick(submission, "rule", "status", "recipient", "plan", "period", "agency", "dueOn", "subject",
                        "occurrence", "attempts", "createdAt", "lastAttemptAt", "sentAt"));
        assertNotNull(submission.get("language"));
        assertNull(submission.get("measure"));
        assertNull(submission.get("nextAttemptAt"));
        assertNull(submission.get("lastError"));
        Map<String, Object> measure = only(mine, "MEASURE_OVERDUE");
        assertEquals("1.1", measure.get("measure"));
        assertEquals(f.plan() + "/measure/1.1", measure.get("subject"));
        assertEquals(f.year() + "-07-05", measure.get("dueOn"));
        assertEquals(f.year() + "-07-06", measure.get("occurrence"));

        for (String[] bad : new String[][] {{"status", "LOST"}, {"status", "sent"}, {"rule", "NO_SUCH_RULE"},
                {"agency", "NO_" + f.agency()}, {"limit", "0"}, {"limit", "1001"}, {"limit", "ten"}}) {
            as(TestAccounts.COORDINATOR).queryParam(bad[0], bad[1])
                    .when().get(ALERTS)
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:tracker:problem:invalid-parameter"))
                    .body("title", equalTo("Invalid parameter"))
                    .body("status", equalTo(400))
                    .body("detail", notNullValue())
                    .body("errors[0].path", equalTo(bad[0]));
        }

        as(TestAccounts.COORDINATOR).queryParam("agency", f.agency()).when().get(ALERTS).then().statusCode(200);
        for (String user : List.of(TestAccounts.REPORTER_BIM, TestAccounts.OBSERVER)) {
            as(user).when().get(ALERTS).then().statusCode(403).contentType(PROBLEM_JSON);
        }
        given().when().get(ALERTS).then().statusCode(401).contentType(PROBLEM_JSON);

        for (String user : List.of(TestAccounts.COORDINATOR, TestAccounts.REPORTER_BIM, TestAccounts.OBSERVER)) {
            as(user).when().post(ALERTS + "/scan").then().statusCode(403).contentType(PROBLEM_JSON);
        }
        given().when().post(ALERTS + "/scan").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Fixtures

    /**
     * A plan of one year whose measure 1.1 is due on 5 July, executed by an agency of the test's own with
     * {@code contacts} contact addresses, coordinated by another agency of its own with one; on {@link #day()} (6 July,
     * 06:00 in Bishkek) the agency has missed its report on the first half-year, and the measure is overdue, both in
     * the first day of their weekly window.
     */
    private record Fixture(int year, String plan, String agency, String coordinator, List<String> contacts,
            String coordinatorContact) {

        Instant day() {
            return LocalDate.of(year, 7, 6).atTime(6, 0).atZone(BISHKEK).toInstant();
        }

        /** The addresses this test owns: the agency's contacts, then the coordinating agency's. */
        List<String> recipients() {
            List<String> all = new ArrayList<>(contacts);
            all.add(coordinatorContact);
            return all;
        }
    }

    private static Fixture fixture(int year, int contactCount) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String lower = suffix.toLowerCase(Locale.ROOT);
        String agency = "OB" + suffix;
        String coordinator = "OC" + suffix;
        List<String> contacts = IntStream.rangeClosed(1, contactCount)
                .mapToObj(i -> "a" + i + "-" + lower + "@outbox-test.kg").toList();
        String coordinatorContact = "c-" + lower + "@outbox-test.kg";
        String code = ReportFixtures.newPlan(document -> {
            ArrayNode agencies = (ArrayNode) document.get("agencies");
            agencies.add(agency(agency, contacts));
            agencies.add(agency(coordinator, List.of(coordinatorContact)));
            ObjectNode plan = (ObjectNode) document.get("plan");
            plan.put("startsOn", year + "-01-01").put("endsOn", year + "-12-31").put("inForceFrom", year + "-02-20");
            ((ObjectNode) plan.get("reporting")).put("coordinator", coordinator)
                    .put("firstPeriod", year + "-H1").put("lastPeriod", year + "-H2");
            ObjectNode first = (ObjectNode) plan.at("/tasks/0/measures/0");
            ((ObjectNode) first.get("deadline")).put("date", year + "-07-05");
            first.set("executors", executors(agency));
            ObjectNode second = (ObjectNode) plan.at("/tasks/1/measures/0");
            ((ObjectNode) second.at("/deadline/years")).put("from", year).put("to", year);
            second.set("executors", executors(agency));
        });
        return new Fixture(year, code, agency, coordinator, contacts, coordinatorContact);
    }

    private static ObjectNode agency(String code, List<String> contacts) {
        ObjectNode agency = JsonNodeFactory.instance.objectNode().put("code", code);
        for (String field : List.of("name", "abbreviation")) {
            agency.putObject(field).put("ky", code).put("ru", code).put("en", code);
        }
        contacts.forEach(agency.putArray("contactEmails")::add);
        return agency;
    }

    private static ArrayNode executors(String agency) {
        ArrayNode executors = JsonNodeFactory.instance.arrayNode();
        executors.addObject().put("agency", agency);
        return executors;
    }

    /**
     * Sends what other tests left pending and is due by now, so that the runs of this test are about its alerts.
     */
    private void flushOutbox() throws Exception {
        awaitSenderIdle();
        sender.sendDue();
    }

    /**
     * Scans as an administrator, and waits for the sending that the scan's commit started on the sender's thread.
     */
    private JsonPath scan() throws Exception {
        JsonPath result = as(TestAccounts.ADMIN).when().post(ALERTS + "/scan")
                .then().statusCode(200).extract().jsonPath();
        awaitSenderIdle();
        return result;
    }

    /**
     * Waits until the sender's own thread has done what was handed to it: a task queued behind it on its
     * single-threaded executor has run.
     */
    private void awaitSenderIdle() throws Exception {
        Object target = ClientProxy.unwrap(sender);
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (ExecutorService.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    ((ExecutorService) field.get(target)).submit(() -> {
                    }).get(90, TimeUnit.SECONDS);
                    return;
                }
            }
        }
        throw new AssertionError("AlertSender has no executor of its own to wait for");
    }

    private static List<Map<String, Object>> alerts(Map<String, String> filters) {
        Map<String, String> query = new HashMap<>(filters);
        query.putIfAbsent("limit", "1000");
        return as(TestAccounts.ADMIN).queryParams(query)
                .when().get(ALERTS)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static List<Map<String, Object>> alertsTo(String recipient) {
        return alerts(Map.of("recipient", recipient));
    }

    private static Map<String, Object> recipient(String email) {
        List<Map<String, Object>> listed = as(TestAccounts.COORDINATOR).when().get(RECIPIENTS)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return listed.stream().filter(r -> email.equals(r.get("email"))).findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not listed"));
    }

    private static Map<String, Object> only(List<Map<String, Object>> alerts, String rule) {
        List<Map<String, Object>> ofRule = alerts.stream().filter(a -> rule.equals(a.get("rule"))).toList();
        assertEquals(1, ofRule.size(), rule);
        return ofRule.get(0);
    }

    private static Map<String, Object> pick(Map<String, Object> map, String... keys) {
        Map<String, Object> picked = new HashMap<>();
        Arrays.stream(keys).forEach(key -> picked.put(key, map.get(key)));
        return picked;
    }

    private static Instant instant(Map<String, Object> alert, String field) {
        Object value = alert.get(field);
        return value == null ? null : Instant.parse((String) value);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The SMTP server's side

    /** The server goes down: connections to it are refused. */
    private static void smtpDown() {
        smtp.stop();
    }

    private static void smtpUp() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
        watchDeliveries();
    }

    /** The digests to {@code recipient} in the server's mailboxes since it last started. */
    private static List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Digests to {@code recipient} the server accepted, over all its restarts. */
    private static int delivered(String recipient) {
        AtomicInteger count = DELIVERED.get(recipient.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count.get();
    }

    /**
     * Hooks into the running server's delivery: counts what it accepts, refuses what is addressed to
     * {@link #refused} (the sender sees "451 local error in processing"). A restarted server needs it again.
     */
    private static void watchDeliveries() {
        UserManager users = smtp.getUserManager();
        if (!(users.getMessageDeliveryHandler() instanceof Watcher)) {
            users.setMessageDeliveryHandler(new Watcher(users.getMessageDeliveryHandler()));
        }
    }

    private record Watcher(MessageDeliveryHandler delivery) implements MessageDeliveryHandler {

        @Override
        public GreenMailUser handle(MovingMessage message, MailAddress address) throws MessagingException, UserException {
            String to = address.getEmail().toLowerCase(Locale.ROOT);
            if (refused.contains(to)) {
                if (REFUSED_ONCE.compareAndSet(false, true)) {
                    onFirstRefusal.run();
                }
                throw new MessagingException("refused by the test: " + to);
            }
            GreenMailUser user = delivery.handle(message, address);
            DELIVERED.computeIfAbsent(to, key -> new AtomicInteger()).incrementAndGet();
            return user;
        }
    }
}
