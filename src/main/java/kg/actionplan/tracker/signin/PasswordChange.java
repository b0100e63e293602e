package kg.actionplan.tracker.signin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.account.AccountRequests;

/**
 * A new password for the caller's own account, with the current one as proof.
 */
@Schema(name = "PasswordChange")
public record PasswordChange(
        @NotNull @Size(max = 128) String currentPassword,
        @NotNull @Size(min = AccountRequests.MIN_PASSWORD, max = 128, message = "must be 12 to 128 characters long")
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
