package kg.actionplan.tracker.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.report.ReportRequests.EvidenceItem;
import kg.actionplan.tracker.report.ReportRequests.LetterItem;
import kg.actionplan.tracker.report.ReportRequests.SpentItem;

/**
 * The response bodies of the reports API.
 */
public final class ReportViews {

    private ReportViews() {
    }

    @Schema(name = "Report", description = "A report with its working entries. submittedAt, late and daysLate are "
            + "those of the first submission; agencyReportDue ends at midnight in the plan's time zone. reviewedAt "
            + "and reviewedBy are those of the latest review, returnComment is there while the report is RETURNED; "
            + "every review stays with the revision it reviewed (GET /api/v1/reports/{id}/revisions). backfill is "
            + "there when the committee entered the report from paper: late and daysLate then count from its "
            + "receivedOn, and submittedAt is when the committee submitted it here.")
    public record ReportView(long id, String planCode, String period, String agency, ReportStatus status,
            int revision, LocalDate agencyReportDue, Instant createdAt, String createdBy, Instant submittedAt,
            Instant lastSubmittedAt, Boolean late, Integer daysLate, String returnComment, Instant reviewedAt,
            String reviewedBy, BackfillView backfill, List<EntryView> entries) {

        static ReportView from(Report report) {
            return new ReportView(report.id(), report.plan().code(), report.period().id(), report.agency().code(),
                    report.status(), report.revision(), report.plan().reporting().agencyReportDue(report.period()),
                    report.createdAt(), report.createdBy(), report.firstSubmittedAt().orElse(null),
                    report.lastSubmittedAt().orElse(null),
                    report.lateness().map(Lateness::late).orElse(null),
                    report.lateness().map(Lateness::daysLate).orElse(null),
                    report.returnComment().orElse(null), report.reviewedAt().orElse(null),
                    report.reviewedBy().orElse(null), BackfillView.of(report),
                    report.entries().stream().map(EntryView::from).toList());
        }
    }

    @Schema(name = "BackfillRecord", description = "The report was handed in on paper and entered by the committee "
            + "afterwards: received on receivedOn, which counts as the day of submission, with the agency's covering "
            + "letter; recordedBy entered it at recordedAt.")
    public record BackfillView(LocalDate receivedOn, LetterItem letter, String recordedBy, Instant recordedAt) {

        /**
         * The report's back-fill record, or null (left out of the response) for an agency's own report.
         */
        static BackfillView of(Report report) {
            return report.backfill().map(backfill -> new BackfillView(backfill.receivedOn(),
                    new LetterItem(backfill.letterNumber(), backfill.letterDate()), report.createdBy(),
                    report.createdAt())).orElse(null);
        }
    }

    @Schema(name = "ReportEntry", description = "The working entry on one measure; etag goes into If-Match to change "
            + "it. completedOn is the day the work was completed, with COMPLETED (absent if the entry does not say).")
    public record EntryView(String measure, EntryStatus status, int progressPercent, LocalDate completedOn,
            String narrative, List<EvidenceItem> evidence, SpentItem spent, String problems, String nextSteps,
            String etag, Instant updatedAt, String updatedBy) {

        static EntryView from(ReportEntry entry) {
            Progress progress = entry.progress();
            return new EntryView(entry.measure().code(), progress.status(), progress.progressPercent(),
                    progress.completedOn(), progress.narrative(),
                    entry.evidence().stream().map(EvidenceItem::from).toList(), SpentItem.from(progress.spent()), progress.problems(), progress.nextSteps(), entry.etag(),
                    entry.updatedAt(), entry.updatedBy());
        }
    }

    @Schema(name = "ReportRevision", description = "A report as it was submitted, which never changes; review is "
            + "the committee's decision on it, absent while it awaits one. backfill is there when the report was "
            + "entered by the committee from paper; late and daysLate then count from its receivedOn.")
    public record RevisionView(int number, Instant submittedAt, String submittedBy, boolean late, int daysLate,
            BackfillView backfill, ReviewView review, List<RevisionEntryView> entries) {

        static RevisionView from(ReportRevision revision, Optional<ReportReview> review) {
            return new RevisionView(revision.number(), revision.submittedAt(), revision.submittedBy(), revision.late(),
                    revision.daysLate(), BackfillView.of(revision.report()), review.map(ReviewView::from).orElse(null),
                    revision.entries().stream().map(RevisionEntryView::from).toList());
        }
    }

    @Schema(name = "ReportReview", description = "The committee's decision on a submitted revision, by whom and when; "
            + "a return has the comment that says what to change.")
    public record ReviewView(ReviewDecision decision, Instant reviewedAt, String reviewedBy, String comment) {

        static ReviewView from(ReportReview review) {
            return new ReviewView(review.decision(), review.reviewedAt(), review.reviewedBy(),
                    review.comment().orElse(null));
        }
    }

    @Schema(name = "ReportRevisionEntry", description = "An entry as it was submitted, completedOn included.")
    public record RevisionEntryView(String measure, EntryStatus status, int progressPercent, LocalDate completedOn,
            String narrative, List<EvidenceItem> evidence, SpentItem spent, String problems, String nextSteps) {

        static RevisionEntryView from(RevisionEntry entry) {
            Progress progress = entry.progress();
            return new RevisionEntryView(entry.measure().code(), progress.status(), progress.progressPercent(),
                    progress.completedOn(), progress.narrative(),
                    entry.evidence().stream().map(EvidenceItem::from).toList(), SpentItem.from(progress.spent()),
                    progress.problems(), progress.nextSteps());
        }
    }

    @Schema(name = "Submission", description = "Where one expected agency stands for a half-year. submittedAt, late "
            + "and daysLate are those of the first submission; for a MISSING report, late and daysLate count until now. "
            + "backfill is there when the committee entered the report from paper: late and daysLate then count from "
            + "its receivedOn.")
    public record SubmissionView(String agency,
            @Schema(enumeration = {"MISSING", "DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"}) String status,
            Long reportId, Instant submittedAt, Boolean late, Integer daysLate, BackfillView backfill) {

        /** The status of an expected agency that has not opened its report; the others are a report's status. */
        public static final String MISSING = "MISSING";

        static SubmissionView missing(String agency, Lateness sinceDue) {
            return new SubmissionView(agency, MISSING, null, null, sinceDue.late(), sinceDue.daysLate(), null);
        }

        static SubmissionView from(Report report) {
            return new SubmissionView(report.agency().code(), report.status().name(), report.id(),
                    report.firstSubmittedAt().orElse(null), report.lateness().map(Lateness::late).orElse(null),
                    report.lateness().map(Lateness::daysLate).orElse(null), BackfillView.of(report));
        }
    }
}
