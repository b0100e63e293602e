package kg.actionplan.tracker.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.MutableClock;
import kg.actionplan.tracker.common.TrackerConfig;
import kg.actionplan.tracker.plan.PlanRepository;

/**
 * Instances that send the one outbox never claim the same alert: a recipient's due alerts are locked while one
 * instance claims them (another passes them by instead of waiting), then leased to it; a live lease keeps the others
 * away, an expired one (its instance died while sending) lets them claim the alerts again.
 *
 * <p>The claims are the sender's own, made in transactions of the test's; nothing is mailed (mail is switched off,
 * which leaves claiming as it is), so no SMTP server is needed. Each test addresses recipients of its own.
 */
@QuarkusTest
@TestProfile(OutboxClaimTest.NoMail.class)
class OutboxClaimTest {

    private static final long WAIT_SECONDS = 20;

    /** Nothing leaves the test: no alert is sent to any server, not even by a scheduled scan. */
    public static class NoMail implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.mail.enabled", "false", "quarkus.mailer.mock", "true");
        }
    }

    @Inject
    MutableClock clock;

    @Inject
    TrackerConfig config;

    @Inject
    AlertSender sender;

    @Inject
    AlertRepository alerts;

    @Inject
    PlanRepository plans;

    private final ExecutorService instances = Executors.newFixedThreadPool(2);

    @AfterEach
    void tearDown() {
        instances.shutdownNow();
        clock.reset();
    }

    /** One digest: the lease covers its send timeout and one more. */
    private Duration leaseOfOneDigest() {
        return config.alerts().sendTimeout().multipliedBy(2);
    }

    @Test
    void whileOneInstanceClaimsARecipientAnotherGetsNoneOfItsAlertsAndDoesNotWait() throws Exception {
        String recipient = newRecipient();
        String other = newRecipient();
        List<Long> queued = queue(recipient, 3);
        List<Long> queuedForOther = queue(other, 2);
        CountDownLatch firstHasClaimed = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        Future<List<Long>> first = instances.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = sender.claim(recipient).alertIds();
            firstHasClaimed.countDown();
            assertTrue(firstMayCommit.await(WAIT_SECONDS, TimeUnit.SECONDS), "the second claim came back");
            return ids;
        }));
        assertTrue(firstHasClaimed.await(WAIT_SECONDS, TimeUnit.SECONDS), "the first claim was made");

        // The first claim's transaction is open and holds the rows: the second returns at once, without them.
        Future<List<Long>> second = instances.submit(() -> QuarkusTransaction.requiringNew().call(() ->
                sender.claim(recipient).alertIds()));
        assertEquals(List.of(), second.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(queuedForOther, claim(other), "another recipient's alerts are claimed meanwhile");

        firstMayCommit.countDown();
        assertEquals(queued, first.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of(), claim(recipient), "after the commit the lease keeps them");
        Instant until = clock.instant().plus(leaseOfOneDigest());
        QuarkusTransaction.requiringNew().run(() -> queued.forEach(id -> {
            Alert alert = alerts.findById(id);
            assertEquals(AlertStatus.PENDING, alert.status());
            assertEquals(until, alert.claimedUntil().orElseThrow());
            assertTrue(alert.claimedBy().isPresent());
        }));
    }

    @Test
    void anAlertUnderALiveLeaseIsSkippedAndClaimedAgainOnceTheLeaseHasExpired() {
        String recipient = newRecipient();
        List<Long> queued = queue(recipient, 2);
        Instant claimedAt = clock.instant();
        assertEquals(queued, claim(recipient));

        clock.set(claimedAt.plus(leaseOfOneDigest()).minusSeconds(1));
        assertEquals(List.of(), claim(recipient), "the lease still holds a second before it ends");

        clock.set(claimedAt.plus(leaseOfOneDigest()));
        assertEquals(queued, claim(recipient), "the instance that held it died: another claims the alerts again");
    }

    @Test
    void aSentAlertIsNotClaimedAgain() {
        String recipient = newRecipient();
        List<Long> queued = queue(recipient, 1);
        assertEquals(queued, claim(recipient));
        QuarkusTransaction.requiringNew().run(() -> alerts.findById(queued.get(0)).sent(clock.instant()));

        clock.set(clock.instant().plus(leaseOfOneDigest()));
        assertEquals(List.of(), claim(recipient));
        QuarkusTransaction.requiringNew().run(() -> {
            Alert alert = alerts.findById(queued.get(0));
            assertEquals(AlertStatus.SENT, alert.status());
            assertTrue(alert.claimedUntil().isEmpty(), "sending released the lease");
        });
    }

    @Test
    void aRunTakesTheRecipientsWaitingLongestFirstAndLeavesOutThoseUnderALease() {
        String earlier = newRecipient();
        String later = newRecipient();
        queue(earlier, 1);
        queue(later, 1);
        List<String> toClaim = recipientsToClaim();
        assertTrue(toClaim.indexOf(earlier) >= 0 && toClaim.indexOf(earlier) < toClaim.indexOf(later), "" + toClaim);

        claim(earlier);
        assertEquals(List.of(later), recipientsToClaim().stream().filter(r -> r.equals(earlier) || r.equals(later))
                .toList());
    }

    private List<String> recipientsToClaim() {
        return QuarkusTransaction.requiringNew().call(() -> alerts.listRecipientsToClaim(clock.instant(), 500));
    }

    private List<Long> claim(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> sender.claim(recipient).alertIds());
    }

    private List<Long> queue(String recipient, int count) {
        return queue(alerts, plans, clock.instant(), recipient, count);
    }

    /**
     * Stores {@code count} pending alerts to {@code recipient} straight into the outbox, so that no event sends them.
     */
    static List<Long> queue(AlertRepository alerts, PlanRepository plans, Instant now, String recipient,
            int count) {
        return QuarkusTransaction.requiringNew().call(() -> IntStream.range(0, count).mapToObj(i -> {
            AlertDraft draft = AlertDraft.about(AlertRule.CONSOLIDATED_DUE, "claim/" + recipient + "/" + i, "1",
                    plans.listByStart().get(0)).period("2095-H1").due(LocalDate.of(2095, 7, 15));
            Alert alert = new Alert(draft, new Recipient(recipient, Language.EN), now);
            alerts.persist(alert);
            return alert.id();
        }).toList());
    }

    static String newRecipient() {
        return "claim-" + UUID.randomUUID() + "@test.kg";
    }
}
