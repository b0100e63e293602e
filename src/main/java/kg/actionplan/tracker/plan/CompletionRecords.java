package kg.actionplan.tracker.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the progress reports say has been completed.
 */
public interface CompletionRecords {

    /**
     * When a measure was reported completed: the half-year of the report that said so, and the day the work was
     * completed if the entry gives it (entries back-filled from before the day was asked for may not).
     */
    record MeasureCompletion(HalfYear period, Optional<LocalDate> completedOn) {
    }

    /**
     * The plan's measures that their lead executor, or the agency carrying its duties, reported COMPLETED in a
     * submitted or accepted report for a period that ended on or before {@code asOf}, by code; each with the
     * earliest such report.
     */
    Map<String, MeasureCompletion> reportedCompletions(Plan plan, LocalDate asOf);

    /**
     * Codes of the measures {@link #reportedCompletions} finds completed.
     */
    default Set<String> completedMeasures(Plan plan, LocalDate asOf) {
        return reportedCompletions(plan, asOf).keySet();
    }
}
