package kg.actionplan.tracker.consolidated;

/**
 * Fired inside the transaction that stores a scheduled official version, so that its sending is queued in the same
 * commit.
 */
public record OfficialReportBuilt(ConsolidatedReport version) {
}
