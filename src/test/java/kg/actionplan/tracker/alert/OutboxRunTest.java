package kg.actionplan.tracker.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import kg.actionplan.tracker.common.MutableClock;
import kg.actionplan.tracker.plan.PlanRepository;

/**
 * A run of the sender claims each recipient's alerts, mails them as one digest, and records them sent with their
 * claim released. The mail goes to Quarkus' mock mailbox, so no SMTP server is needed.
 */
@QuarkusTest
@TestProfile(OutboxRunTest.MockMail.class)
class OutboxRunTest {

    /** Mail is on, and lands in the mock mailbox. */
    public static class MockMail implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.mail.enabled", "true", "quarkus.mailer.mock", "true");
        }
    }

    @Inject
    MutableClock clock;

    @Inject
    AlertSender sender;

    @Inject
    AlertRepository alerts;

    @Inject
    PlanRepository plans;

    @Inject
    MockMailbox mailbox;

    @Test
    void aRunSendsARecipientItsAlertsInOneDigestAndReleasesTheirClaim() {
        String recipient = OutboxClaimTest.newRecipient();
        List<Long> queued = OutboxClaimTest.queue(alerts, plans, clock.instant(), recipient, 3);

        sender.sendDue();

        List<Mail> mails = mailbox.getMailsSentTo(recipient);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().startsWith("Action plan: deadline alerts (3)"), mails.get(0).getSubject());
        QuarkusTransaction.requiringNew().run(() -> queued.forEach(id -> {
            Alert alert = alerts.findById(id);
            assertEquals(AlertStatus.SENT, alert.status());
            assertEquals(1, alert.attempts());
            assertEquals(clock.instant(), alert.sentAt().orElseThrow());
            assertTrue(alert.claimedUntil().isEmpty() && alert.claimedBy().isEmpty(), "the claim is released");
        }));
    }
}
