package kg.actionplan.tracker.alert;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An address alerts can go to, where the service knows it from, and whether it is switched on.
 */
@Schema(name = "AlertRecipient")
public record RecipientView(String email,
        @Schema(description = "agency:<code> for an agency's contact address, account:<username> for an account's.") List<String> sources,
        boolean active, Instant changedAt, String changedBy, String reason) {
}
