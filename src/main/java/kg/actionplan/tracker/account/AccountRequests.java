package kg.actionplan.tracker.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of the accounts API.
 */
public final class AccountRequests {

    static final String ROLES = "^(ADMIN|COORDINATOR|REPORTER|OBSERVER)$";
    static final String ROLE_MESSAGE = "must be ADMIN, COORDINATOR, REPORTER or OBSERVER";
    static final String LANGUAGES = "^(ky|ru|en)$";
    public static final int MIN_PASSWORD = 12;

    private AccountRequests() {
    }

    @Schema(name = "AccountCreation", description = "A new account. agency is required for a REPORTER and refused for "
            + "the other roles; language (ky, ru or en) is that of the e-mails the account will get.")
    public record Create(
            @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$", message = "3–64 characters: lower-case letters, digits, '.', '_' or '-'")
            String username,
            @NotNull @Size(min = MIN_PASSWORD, max = 128, message = "must be 12 to 128 characters long") String password,
            @NotNull @Pattern(regexp = ROLES, message = ROLE_MESSAGE) String role,
            String agency,
            @Email @Size(max = 254) String email,
            @NotNull @Pattern(regexp = LANGUAGES, message = "must be ky, ru or en") String language) {
    }

    @Schema(name = "AccountUpdate", description = "Changes to an account; absent fields stay as they are. Changing the "
            + "role to REPORTER needs an agency; changing it away from REPORTER unbinds the agency.")
    public record Update(
            @Size(min = MIN_PASSWORD, max = 128, message = "must be 12 to 128 characters long") String password,
            @Pattern(regexp = ROLES, message = ROLE_MESSAGE) String role,
            String agency,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = LANGUAGES, message = "must be ky, ru or en") String language,
            Boolean enabled) {
    }
}
