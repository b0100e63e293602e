package kg.actionplan.tracker.alert;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Switches an address on or off, with the reason why.
 */
@Schema(name = "AlertRecipientUpdate")
public record RecipientUpdate(@NotNull Boolean active, @Size(max = 500) String reason) {
}
