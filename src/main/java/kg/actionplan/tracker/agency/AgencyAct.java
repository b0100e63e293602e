package kg.actionplan.tracker.agency;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.common.LocalizedText;

/**
 * The legal act an agency's establishment or reorganisation comes from, so that each such date can be checked
 * against its source. The number and title are left out where they are not known for certain.
 */
@Schema(name = "AgencyAct", description = "The legal act that established an agency or handed its duties to a "
        + "successor: its kind and date, and its number and title where known.")
@Embeddable
public record AgencyAct(
        @Enumerated(EnumType.STRING) Kind kind,
        String number,
        LocalDate date,
        @Embedded LocalizedText title) {

    /**
     * Kinds of acts that create and reorganise agencies.
     */
    @Schema(name = "AgencyActKind")
    public enum Kind {
        LAW, PRESIDENTIAL_DECREE, GOVERNMENT_RESOLUTION, CABINET_RESOLUTION
    }
}
