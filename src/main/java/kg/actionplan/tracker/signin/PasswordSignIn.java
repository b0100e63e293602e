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
    private final SlowHashPool pool;
    private final SignInAttempts attempts;

    PasswordSignIn(AccountService accounts, PasswordHasher hasher, SlowHashPool pool, SignInAttempts attempts) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.pool = pool;
        this.attempts = attempts;
    }

    /**
     * The enabled account that {@code password} opens; blocks for the check.
     *
     * @throws SignInThrottledException while the account or the address is refused
     * @throws SignInBusyException when every check is busy
     * @throws AuthenticationFailedException when the account is unknown or disabled or the password wrong
     */
    public SignInAccount verify(String username, String password, String address, Credential via) {
        attempts.admit(via, username, address);
        Optional<SignInAccount> account = accounts.findForSignIn(username).filter(SignInAccount::enabled);
        boolean matches;
        try {
            // An unknown account costs a hash too, so that the answer's timing does not tell which accounts exist.
            matches = pool.check(() -> account.map(a -> hasher.matches(password, a.passwordHash()))
                    .orElseGet(() -> hasher.matchNothing(password)));
        } catch (SignInBusyException e) {
            attempts.refused(via, username, address, "busy");
            throw e;
        }
        if (!matches) {
            attempts.failed(via, username, address, account.isEmpty() ? "unknown-or-disabled-account" : "wrong-password");
            throw new AuthenticationFailedException();
        }
        attempts.succeeded(username);
        return account.get();
    }
}
