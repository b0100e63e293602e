package kg.actionplan.tracker.consolidated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kg.actionplan.tracker.report.EntryStatus;
import kg.actionplan.tracker.report.ReportRequests.EvidenceItem;
import kg.actionplan.tracker.report.ReportRequests.SpentItem;

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
     * Where an expected agency's report stood when the consolidated report was built.
     */
    public record Submission(String agency, String status, Instant submittedAt, Boolean late, Integer daysLate) {
    }

    public record TaskBlock(String code, List<MeasureRow> measures) {
    }

    /**
     * One measure in force: its deadline, each executor's latest standing entry, the status rolled up from the lead's
     * entry (NOT_REPORTED without one) and whether it is overdue as of the report's day.
     */
    public record MeasureRow(String code, LocalDate dueOn, List<ExecutorRow> executors, String status,
            boolean overdue) {
    }

    /**
     * An executor as named in the plan, the agency answering for it at the end of the half-year, and that agency's
     * latest entry in a submitted or accepted report for this half-year or an earlier one.
     */
    public record ExecutorRow(String agency, String answeringAgency, boolean lead, boolean byAgreement, Entry entry) {
    }

    public record Entry(String period, int revision, String reportStatus, EntryStatus status, int progressPercent,
            String narrative, List<EvidenceItem> evidence, SpentItem spent) {
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
