package kg.actionplan.tracker.signin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import kg.actionplan.tracker.common.MutableClock;

/**
 * The rules of the sign-in throttle, on their own: 3 failures per account and 5 per address within 15 minutes.
 */
class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, 3, 5, Duration.ofMinutes(15));

    private void failTimes(int times, String account, String address) {
        for (int i = 0; i < times; i++) {
            throttle.refuseIfBlocked(account, address);
            throttle.failed(account, address);
        }
    }

    @Test
    void anAccountIsRefusedForAWindowFromItsLastAllowedFailure() {
        failTimes(2, "bim-clerk", "10.0.0.1");
        clock.set(MutableClock.DEFAULT.plusSeconds(600));
        failTimes(1, "bim-clerk", "10.0.0.2");

        SignInThrottledException refused = assertThrows(SignInThrottledException.class,
                () -> throttle.refuseIfBlocked("bim-clerk", "10.0.0.3"));
        assertEquals(900, refused.retryAfterSeconds());

        clock.set(MutableClock.DEFAULT.plusSeconds(600 + 899));
        assertEquals(1, assertThrows(SignInThrottledException.class,
                () -> throttle.refuseIfBlocked("bim-clerk", null)).retryAfterSeconds());
        clock.set(MutableClock.DEFAULT.plusSeconds(600 + 900));
        assertDoesNotThrow(() -> throttle.refuseIfBlocked("bim-clerk", null));
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        failTimes(2, "bim-clerk", null);
        clock.set(MutableClock.DEFAULT.plus(Duration.ofMinutes(15)));
        failTimes(2, "bim-clerk", null);

        assertDoesNotThrow(() -> throttle.refuseIfBlocked("bim-clerk", null));
    }

    @Test
    void anAddressIsRefusedAfterItsFailuresOverManyAccounts() {
        for (int i = 0; i < 5; i++) {
            failTimes(1, "guess-" + i, "10.0.0.9");
        }

        assertThrows(SignInThrottledException.class, () -> throttle.refuseIfBlocked("someone-else", "10.0.0.9"));
        assertDoesNotThrow(() -> throttle.refuseIfBlocked("someone-else", "10.0.0.10"));
    }

    @Test
    void tokenFailuresCountAgainstTheAddressOnly() {
        failTimes(5, null, "10.0.0.7");

        assertThrows(SignInThrottledException.class, () -> throttle.refuseIfBlocked(null, "10.0.0.7"));
        assertDoesNotThrow(() -> throttle.refuseIfBlocked("bim-clerk", "10.0.0.8"));
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        failTimes(2, "bim-clerk", null);
        throttle.succeeded("bim-clerk");
        failTimes(2, "bim-clerk", null);

        assertDoesNotThrow(() -> throttle.refuseIfBlocked("bim-clerk", null));
    }

    @Test
    void aSuccessDoesNotClearTheAddressesCount() {
        for (int i = 0; i < 4; i++) {
            failTimes(1, "guess-" + i, "10.0.0.1");
        }
        throttle.succeeded("own-account");
        failTimes(1, "guess-4", "10.0.0.1");

        assertThrows(SignInThrottledException.class, () -> throttle.refuseIfBlocked("own-account", "10.0.0.1"));
    }

    @Test
    void theLongerOfTwoRefusalsIsTheOneAnswered() {
        failTimes(3, "bim-clerk", null);
        clock.set(MutableClock.DEFAULT.plusSeconds(300));
        failTimes(5, null, "10.0.0.1");

        assertEquals(900, assertThrows(SignInThrottledException.class,
                () -> throttle.refuseIfBlocked("bim-clerk", "10.0.0.1")).retryAfterSeconds());
    }
}
