package kg.actionplan.tracker.account;

import java.util.Optional;

/**
 * Fired in the transaction that changes an account's password, so that its browser sessions end in the same commit:
 * all of them after a reset, all but the one that made the change when the owner changed it.
 */
public record PasswordChanged(long accountId, Optional<Long> keepSessionId) {
}
