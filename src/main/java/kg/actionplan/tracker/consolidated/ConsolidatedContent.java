package kg.actionplan.tracker.consolidated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.report.EntryStatus;
import kg.actionplan.tracker.report.ReportRequests.EvidenceItem;
import kg.actionplan.tracker.report.ReportRequests.SpentItem;
import kg.actionplan.tracker.report.ReportViews.BackfillView;

/**
 * What a consolidated report says, as stored in a version's snapshot. Texts of the plan (which never change once
 * imported) are not copied: they are joined in when the report is rendered, in the language asked for.
 */
public record ConsolidatedContent(
        String planCode,
        String period,
        LocalDate asOf,
        LocalDate agencyReportDue,
        LocalDate consolidatedReportDue,
        List<Submission> submissions,
        List<String> missingAgencies,
        List<TaskBlock> tasks,
        List<Repealed> repealed,
        Figures figures,
        Figures previousFigures) {

    /**
     * Where an expected agency's report stood when the consolidated report was built; backfill when the committee
     * entered it from paper, its lateness then counted from the day it was received.
     */
    public record Submission(String agency, String status, Instant submittedAt, Boolean late, Integer daysLate,
            BackfillView backfill) {
    }

    public record TaskBlock(String code, List<MeasureRow> measures) {
    }

    /**
     * One measure in force: its deadline, each executor's latest standing entry, the status rolled up from the lead's
     * entry (NOT_REPORTED without one), whether it is overdue as of the report's day, and its reported completion
     * (planned vs actual), absent until it is reported completed.
     */
    public record MeasureRow(String code, LocalDate dueOn, List<ExecutorRow> executors, String status,
            boolean overdue, Completion completion) {
    }

    /**
     * Planned vs actual: the half-year of the earliest standing report, up to this half-year, in which the lead (or
     * the agency carrying its duties) called the measure COMPLETED; the day the work was completed if that entry gives
     * it, and the days from dueOn to that day.
     */
    @Schema(name = "ConsolidatedReportCompletion", description = "Planned vs actual: the half-year of the earliest "
            + "submitted or accepted report, up to the report's half-year, in which the lead executor (or the agency "
            + "carrying its duties) called the measure COMPLETED. completedOn and slipDays are there when that entry "
            + "gave the day the work was completed.")
    public record Completion(String period, LocalDate completedOn,
            @Schema(description = "Days from dueOn to completedOn: positive when late, negative when early, 0 on the "
                    + "day.") Integer slipDays) {
    }

    /**
     * An executor as named in the plan, the agency answering for it at the end of the half-year, and that agency's
     * latest entry in a submitted or accepted report for this half-year or an earlier one.
     */
    public record ExecutorRow(String agency, String answeringAgency, boolean lead, boolean byAgreement, Entry entry) {
    }

    /**
     * An executor's entry as submitted; receivedOn is there when its report was received on paper and back-filled.
     */
    public record Entry(String period, int revision, String reportStatus, EntryStatus status, int progressPercent,
            LocalDate completedOn, String narrative, List<EvidenceItem> evidence, SpentItem spent,
            LocalDate receivedOn) {
    }

    public record Repealed(String code, String actNumber, LocalDate actDate) {
    }

    /**
     * Key figures. Shares are percentages with one decimal; onTimeRate counts agencies whose first submission came
     * by the deadline among those expected.
     */
    public record Figures(String period, int measuresInForce, Map<String, Integer> byStatus, BigDecimal shareCompleted,
            int overdue, int expectedAgencies, int submittedOnTime, BigDecimal onTimeRate) {
    }
}
