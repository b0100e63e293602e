package kg.actionplan.tracker.signin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;

import kg.actionplan.tracker.account.AccountService;
import kg.actionplan.tracker.account.Caller;
import kg.actionplan.tracker.account.Credential;
import kg.actionplan.tracker.common.InvalidInputException;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.common.NotPermittedException;
import kg.actionplan.tracker.common.Problem;

/**
 * What an account does for itself: read its own account, change its password.
 */
@ApplicationScoped
public class SelfService {

    private final AccountService accounts;
    private final PasswordSignIn signIn;

    SelfService(AccountService accounts, PasswordSignIn signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
    }

    public MeView me(Caller caller) {
        return accounts.findAccount(caller.username()).map(account -> MeView.of(account, caller.credential()))
                .orElseThrow(() -> new NotFoundException("There is no account " + caller.username() + "."));
    }

    /**
     * Changes the caller's password once the current one is proved; a wrong current password counts as a failed
     * sign-in. Ends the account's other browser sessions.
     */
    public void changePassword(Caller caller, PasswordChange change, String address) {
        if (change.newPassword().equals(change.currentPassword())) {
            throw new InvalidInputException("The new password is the current one.",
                    List.of(Problem.Error.inBody("must differ from the current password", "newPassword")));
        }
        try {
            signIn.verify(caller.username(), change.currentPassword(), address, Credential.PASSWORD);
        } catch (AuthenticationFailedException e) {
            throw new NotPermittedException("The current password is not right.");
        }
        accounts.changeOwnPassword(caller, change.newPassword());
    }
}
