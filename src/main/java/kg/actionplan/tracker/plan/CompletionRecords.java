package kg.actionplan.tracker.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the progress reports say has been completed.
 */
public interface CompletionRecords {

    /**
     * Codes of the plan's measures that their lead executor, or the agency carrying its duties, reported COMPLETED
     * in a submitted or accepted report for a period that ended on or before {@code asOf}.
     */
    Set<String> completedMeasures(Plan plan, LocalDate asOf);
}
