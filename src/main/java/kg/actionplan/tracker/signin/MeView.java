package kg.actionplan.tracker.signin;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.account.AccountView;
import kg.actionplan.tracker.account.Credential;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.common.Language;

/**
 * The caller's own account, and how this request signed in.
 */
@Schema(name = "Me")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeView(
        String username,
        Role role,
        @Schema(description = "The agency of a REPORTER; absent for the other roles.") String agency,
        @Schema(description = "Absent if the account has none.") String email,
        Language language,
        @Schema(description = "How this request signed in.") Credential signedInWith) {

    static MeView of(AccountView account, Credential credential) {
        return new MeView(account.username(), account.role(), account.agency(), account.email(), account.language(),
                credential);
    }
}
