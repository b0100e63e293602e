package kg.actionplan.tracker.account;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.common.Language;

/**
 * An account as the API shows it: never with its password.
 */
@Schema(name = "Account")
public record AccountView(String username, Role role, String agency, String email, Language language, boolean enabled,
        Instant createdAt) {

    static AccountView from(Account account) {
        return new AccountView(account.username(), account.role(), account.agency().map(a -> a.code()).orElse(null),
                account.email().orElse(null), account.language(), account.enabled(), account.createdAt());
    }
}
