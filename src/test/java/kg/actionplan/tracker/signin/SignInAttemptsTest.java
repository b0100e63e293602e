package kg.actionplan.tracker.signin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import kg.actionplan.tracker.account.Credential;
import kg.actionplan.tracker.common.MutableClock;

/**
 * How each kind of failed sign-in is remembered and counted: 3 failures per account and 5 per address here.
 */
class SignInAttemptsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SignInAttempts attempts = new SignInAttempts(
            new SignInThrottle(new MutableClock(), 3, 5, Duration.ofMinutes(15)), registry);

    @Test
    void wrongPasswordsRefuseTheirAccount() {
        for (int i = 0; i < 3; i++) {
            attempts.admit(Credential.PASSWORD, "bim-clerk", "10.0.0." + i);
            attempts.failed(Credential.PASSWORD, "bim-clerk", "10.0.0." + i, "wrong-password");
        }

        assertThrows(SignInThrottledException.class, () -> attempts.admit(Credential.PASSWORD, "bim-clerk", "10.0.0.9"));
        assertEquals(1, registry.counter("tracker.sign.in.refusals", "credential", "PASSWORD", "reason", "throttled")
                .count());
        assertEquals(3, registry.counter("tracker.sign.in.failures", "credential", "PASSWORD", "reason",
                "wrong-password").count());
    }

    @Test
    void aTokenThatFailsCountsAgainstItsAddressButNeverItsAccount() {
        for (int i = 0; i < 4; i++) {
            attempts.failed(Credential.TOKEN, "bim-system", "10.0.1.1", "expired-token");
        }

        assertDoesNotThrow(() -> attempts.admit(Credential.PASSWORD, "bim-system", "10.0.1.2"));
        attempts.failed(Credential.TOKEN, "bim-system", "10.0.1.1", "expired-token");
        assertThrows(SignInThrottledException.class, () -> attempts.admit(Credential.TOKEN, null, "10.0.1.1"));
    }
}
