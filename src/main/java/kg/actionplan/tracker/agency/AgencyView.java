package kg.actionplan.tracker.agency;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.LocalizedText;

/**
 * An agency as the API shows it.
 */
@Schema(name = "Agency")
public record AgencyView(String code, LocalizedText name, LocalizedText abbreviation, List<String> contactEmails,
        @Schema(description = "The language of the e-mails to the contact addresses.") Language contactLanguage,
        LocalDate establishedOn,
        @Schema(description = "The act that established the agency.") AgencyAct establishedBy,
        SuccessionView successor,
        @Schema(description = "Where the agency's data comes from and how uncertain it is.") String editorialNote) {

    /**
     * The agency that carries this one's duties from a date on, and the act that handed them over.
     */
    @Schema(name = "Succession")
    public record SuccessionView(String agency, LocalDate from,
            @Schema(description = "The act that handed the duties over.") AgencyAct act) {
    }

    static AgencyView from(Agency agency) {
        return new AgencyView(agency.code(), agency.name(), agency.abbreviation(), agency.contactEmails(),
                agency.contactLanguage(), agency.establishedOn().orElse(null), agency.establishedBy().orElse(null),
                agency.successor().map(s -> new SuccessionView(s.code(), agency.successorFrom().orElseThrow(),
                        agency.successorAct().orElse(null))).orElse(null),
                agency.editorialNote().orElse(null));
    }
}
