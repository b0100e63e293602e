package kg.actionplan.tracker.session;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.account.Role;

/**
 * A browser session as its owner sees it: with the CSRF token that its writes must carry in X-CSRF-Token.
 */
@Schema(name = "Session")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(
        String username,
        Role role,
        @Schema(description = "The agency of a REPORTER; absent for the other roles.") String agency,
        @Schema(description = "Send it in the X-CSRF-Token header with every POST, PUT, PATCH and DELETE.") String csrfToken,
        @Schema(description = "When the session ends however busy it is.") Instant expiresAt,
        @Schema(description = "The session ends after this many seconds without a request.", examples = "1800") long idleTimeoutSeconds) {
}
