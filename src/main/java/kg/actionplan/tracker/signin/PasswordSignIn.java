package kg.actionplan.tracker.signin;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;

import kg.actionplan.tracker.account.AccountService;
import kg.actionplan.tracker.account.Credential;
import kg.actionplan.tracker.account.PasswordHasher;
import kg.actionplan.tracker.account.SignInAccount;

/**
 * Checks a username and password, the one slow step of signing in: refused unchecked while the account or the
 * address is throttled, hashed on the bounded pool, counted when wrong. Used by HTTP Basic, by the sign-in of a
 * browser session and by a password change.
 */
@ApplicationScoped
public class PasswordSignIn {

    private final AccountService accounts;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final SlowHashPool pool;
    private final SignInFailures failures;

    PasswordSignIn(AccountService accounts, PasswordHasher hasher, SignInThrottle throttle, SlowHashPool pool,
            SignInFailures failures) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.pool = pool;
        this.failures = failures;
    }

    /**
     * The enabled account that {@code password} opens; blocks for the check.
     *
     * @throws SignInThrottledException while the account or the address is refused
     * @throws SignInBusyException when every check is busy
     * @throws AuthenticationFailedException when the account is unknown or disabled or the password wrong
     */
    public SignInAccount verify(String username, String password, String address, Credential via) {
        try {
            throttle.refuseIfBlocked(username, address);
        } catch (SignInThrottledException e) {
            failures.refused(via, username, address, "throttled");
            throw e;
        }
        Optional<SignInAccount> account = accounts.findForSignIn(username).filter(SignInAccount::enabled);
        boolean matches;
        try {
            // An unknown account costs a hash too, so that the answer's timing does not tell which accounts exist.
            matches = pool.check(() -> account.map(a -> hasher.matches(password, a.passwordHash()))
                    .orElseGet(() -> hasher.matchNothing(password)));
        } catch (SignInBusyException e) {
            failures.refused(via, username, address, "busy");
            throw e;
        }
        if (!matches) {
            throttle.failed(username, address);
            failures.failed(via, username, address, account.isEmpty() ? "unknown-or-disabled-account" : "wrong-password");
            throw new AuthenticationFailedException();
        }
        throttle.succeeded(username);
        return account.get();
    }
}
