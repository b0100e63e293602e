package kg.actionplan.tracker.account;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What signing in needs to know of an account, read in one short transaction: never leaves the service.
 */
public record SignInAccount(long id, String username, String passwordHash, Role role, Optional<String> agency,
        boolean enabled) {

    static SignInAccount of(Account account) {
        return new SignInAccount(account.id(), account.username(), account.passwordHash(), account.role(),
                account.agency().map(a -> a.code()), account.enabled());
    }

    public SecurityIdentity identity(Credential credential, Long credentialId) {
        return AccountIdentity.of(username, role, agency, credential, credentialId);
    }

    @Override
    public String toString() {
        return "SignInAccount[" + username + "]";
    }
}
