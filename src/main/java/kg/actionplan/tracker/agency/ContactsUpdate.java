package kg.actionplan.tracker.agency;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The addresses that get an agency's e-mails, replacing the current ones, and their language.
 */
@Schema(name = "ContactsUpdate")
public record ContactsUpdate(
        @NotNull @Size(max = 20) List<@NotBlank @Email @Size(max = 254) String> emails,
        @NotNull @Pattern(regexp = "^(ky|ru|en)$", message = "must be ky, ru or en") String language) {
}
