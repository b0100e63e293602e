package kg.actionplan.tracker.operations;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The operations tests send no mail: the alerts that the start-up scan queues stay in the outbox, and no SMTP server
 * is needed.
 */
public class WithoutMail implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tracker.mail.enabled", "false", "quarkus.mailer.mock", "true");
    }
}
