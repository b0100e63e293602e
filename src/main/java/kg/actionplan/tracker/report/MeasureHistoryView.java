package kg.actionplan.tracker.report;

import java.time.LocalDate;

/**
 * What one agency's standing report (submitted or accepted) on a half-year says of a measure: a line of the
 * measure's history on its page.
 */
public record MeasureHistoryView(String period, String agency, long reportId, ReportStatus reportStatus,
        EntryStatus status, int progressPercent, LocalDate completedOn, String narrative) {

    static MeasureHistoryView from(RevisionEntry entry) {
        Report report = entry.revision().report();
        Progress progress = entry.progress();
        return new MeasureHistoryView(report.period().id(), report.agency().code(), report.id(), report.status(),
                progress.status(), progress.progressPercent(), progress.completedOn(), progress.narrative());
    }
}
