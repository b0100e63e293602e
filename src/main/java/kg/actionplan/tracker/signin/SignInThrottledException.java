package kg.actionplan.tracker.signin;

import java.time.Duration;

/**
 * Too many failed sign-ins for the account or from the address: refused without checking the credential, answered 429
 * with Retry-After.
 */
public class SignInThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    /**
     * Whole seconds until the next attempt may be checked, at least one.
     */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
