package kg.actionplan.tracker.report;

/**
 * Fired inside the transaction that returns a report, so that whoever must hear of it is told in the same commit.
 */
public record ReportReturned(Report report) {
}
