package kg.actionplan.tracker.token;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the tokens API.
 */
public final class TokenViews {

    private TokenViews() {
    }

    @Schema(name = "TokenRequest", description = "A token to issue: a name that says which system uses it, and the "
            + "last day on which it works (Bishkek time), at most a year ahead.")
    public record Issue(
            @NotBlank @Size(max = 100) @Schema(examples = "BIM reporting system") String name,
            @NotNull @Schema(examples = "2027-06-30") LocalDate expiresOn) {
    }

    /**
     * Whether a token still opens anything.
     */
    @Schema(name = "TokenStatus")
    public enum Status {
        ACTIVE, EXPIRED, REVOKED
    }

    @Schema(name = "Token", description = "An API token; its secret is never shown again after it is issued.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TokenView(
            long id,
            String name,
            @Schema(description = "The first characters of the secret, to tell tokens apart.", examples = "apt_Zx81kQpe") String prefix,
            Instant createdAt,
            LocalDate expiresOn,
            Status status,
            @Schema(description = "Last use, to the minute; absent if never used.") Instant lastUsedAt,
            @Schema(description = "Absent unless revoked.") Instant revokedAt,
            @Schema(description = "Who revoked it; absent unless revoked.") String revokedBy) {
    }

    @Schema(name = "IssuedToken", description = "A token just issued, with its secret: store it now, it is not shown "
            + "again. Send it as Authorization: Bearer <token>.")
    public record Issued(
            long id,
            String name,
            String prefix,
            Instant createdAt,
            LocalDate expiresOn,
            @Schema(description = "The secret.", examples = "apt_Zx81kQpeM2bq4v0cJ7wLrT9sYh1nGf6dUa3eKo5iXz8") String token) {
    }
}
