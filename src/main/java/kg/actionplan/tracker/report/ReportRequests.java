package kg.actionplan.tracker.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of the reports API; {@link EvidenceItem} and {@link SpentItem} are also how reports show them.
 */
public final class ReportRequests {

    static final int TEXT_LIMIT = 20000;

    private ReportRequests() {
    }

    @Schema(name = "ReportCreation", description = "The report to open: one per plan, half-year and agency. An "
            + "agency's reporter opens its own report without backfill; the committee (COORDINATOR, ADMIN) records "
            + "a report that the agency handed in on paper with backfill, for a half-year whose deadline has passed.")
    public record Create(
            @NotBlank String planCode,
            @NotBlank @Schema(examples = "2020-H1") String period,
            @NotBlank String agency,
            @Valid BackfillItem backfill) {
    }

    @Schema(name = "Backfill", description = "A report received on paper: receivedOn, the day the committee received "
            + "it, counts as the day of submission. It must lie after the half-year's end and not after today "
            + "(Asia/Bishkek); the letter's date must not be after it.")
    public record BackfillItem(
            @NotNull LocalDate receivedOn,
            @NotNull @Valid LetterItem letter) {

        Backfill toBackfill() {
            return new Backfill(receivedOn, letter.number().strip(), letter.date());
        }
    }

    @Schema(name = "CoveringLetter", description = "The agency's covering letter: its outgoing number and date.")
    public record LetterItem(
            @NotBlank @Size(max = 64) @Schema(examples = "12-3/456") String number,
            @NotNull LocalDate date) {
    }

    @Schema(name = "EntryUpdate", description = "What the agency reports on one measure; replaces the entry whole. "
            + "COMPLETED needs progressPercent 100 and NOT_STARTED needs 0.")
    public record EntryUpdate(
            @NotNull @Pattern(regexp = "^(NOT_STARTED|IN_PROGRESS|COMPLETED|BLOCKED)$",
                    message = "must be NOT_STARTED, IN_PROGRESS, COMPLETED or BLOCKED") String status,
            @NotNull @Min(0) @Max(100) Integer progressPercent,
            @Schema(description = "The day the work was actually completed; only with COMPLETED. Required with "
                    + "COMPLETED while the report's half-year is current reporting (its agencyReportDue has not "
                    + "ended), optional for a half-year whose deadline has passed (back-filled reporting). Not after "
                    + "today in the plan's time zone, nor after the half-year's last day.") LocalDate completedOn,
            @Size(max = TEXT_LIMIT) String narrative,
            @Size(max = 100) List<@NotNull @Valid EvidenceItem> evidence,
            @Valid SpentItem spent,
            @Size(max = TEXT_LIMIT) String problems,
            @Size(max = TEXT_LIMIT) String nextSteps) {

        public List<EvidenceItem> evidence() {
            return evidence == null ? List.of() : evidence;
        }
    }

    @Schema(name = "Evidence", description = "A document that proves the work: its legal-act number and date, or a URL.")
    public record EvidenceItem(
            @NotBlank @Size(max = 500) String title,
            @Size(max = 64) String actNumber,
            LocalDate actDate,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL") String url) {

        public static EvidenceItem from(Evidence evidence) {
            return new EvidenceItem(evidence.title(), evidence.actNumber(), evidence.actDate(), evidence.url());
        }

        Evidence toEvidence() {
            return new Evidence(title, actNumber, actDate, url);
        }
    }

    @Schema(name = "Spent", description = "Money spent on the measure in the period.")
    public record SpentItem(
            @NotNull @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 17, fraction = 2, message = "must be an amount with at most 17 digits before the point and 2 after it")
            BigDecimal amount,
            @NotNull @Pattern(regexp = "^KGS$", message = "must be KGS") String currency,
            @Pattern(regexp = "^(REPUBLICAN_BUDGET|DONOR_FUNDS|PRIVATE_INVESTMENT|PROGRAMME)$",
                    message = "must be REPUBLICAN_BUDGET, DONOR_FUNDS, PRIVATE_INVESTMENT or PROGRAMME")
            String fundingSource) {

        public static SpentItem from(Spending spending) {
            return spending == null ? null : new SpentItem(spending.amount(), spending.currency(),
                    spending.fundingSource() == null ? null : spending.fundingSource().name());
        }
    }

    @Schema(name = "ReportReturn", description = "Why the report goes back to the agency.")
    public record Return(@Size(max = 4000) String comment) {
    }
}
