package kg.actionplan.tracker.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The credentials that open a browser session.
 */
@Schema(name = "SignIn")
public record SignInRequest(
        @NotNull @Size(max = 64) String username,
        @NotNull @Size(max = 128) String password) {

    @Override
    public String toString() {
        return "SignInRequest[" + username + "]";
    }
}
