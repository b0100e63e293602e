package kg.actionplan.tracker.consolidated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kg.actionplan.tracker.common.Enums;
import kg.actionplan.tracker.report.EntryStatus;
import kg.actionplan.tracker.report.ReportRequests.EvidenceItem;
import kg.actionplan.tracker.report.ReportRequests.LetterItem;
import kg.actionplan.tracker.report.ReportRequests.SpentItem;
import kg.actionplan.tracker.report.ReportViews.BackfillView;

/**
 * The stored document of a consolidated report version. It has records of its own, apart from
 * {@link ConsolidatedContent} and the API's records and enums that it uses. If those records change, only this
 * mapping changes, and official reports built long ago can still be read.
 *
 * <p>Format 1 uses the same field names as the snapshots stored before formats had numbers (format 0: the
 * ConsolidatedContent JSON written by the application's mapper). So these records read both. A later format that
 * renames or reshapes a field has to add its own reading for the older formats.
 *
 * <p>Fields added to format 1 later are optional: snapshots written before have none of them and read without
 * them, and an older build skips them. They are a measure's completion and an entry's completedOn, and a
 * submission's and an entry's back-fill (a report received on paper), which came after reports could only be
 * submitted in the service, so a snapshot without them rightly has none.
 */
record Snapshot(int format, String planCode, String period, LocalDate asOf, LocalDate agencyReportDue,
        LocalDate consolidatedReportDue, List<Submission> submissions, List<String> missingAgencies,
        List<TaskBlock> tasks, List<Repealed> repealed, Figures figures, Figures previousFigures) {

    /**
     * The format this code writes and the newest it reads.
     */
    static final int FORMAT = 1;

    record Submission(String agency, String status, Instant submittedAt, Boolean late, Integer daysLate,
            Backfill backfill) {
    }

    /**
     * How a back-filled report was received: the day, and the covering letter's number and date; who entered it
     * and when.
     */
    record Backfill(LocalDate receivedOn, String letterNumber, LocalDate letterDate, String recordedBy,
            Instant recordedAt) {
    }

    record TaskBlock(String code, List<MeasureRow> measures) {
    }

    record MeasureRow(String code, LocalDate dueOn, List<ExecutorRow> executors, String status, boolean overdue,
            Completion completion) {
    }

    record Completion(String period, LocalDate completedOn, Integer slipDays) {
    }

    record ExecutorRow(String agency, String answeringAgency, boolean lead, boolean byAgreement, Entry entry) {
    }

    /**
     * An entry's status is kept as text, so that a snapshot does not depend on the names of the API's enum.
     */
    record Entry(String period, int revision, String reportStatus, String status, int progressPercent,
            LocalDate completedOn, String narrative, List<Evidence> evidence, Spent spent, LocalDate receivedOn) {
    }

    record Evidence(String title, String actNumber, LocalDate actDate, String url) {
    }

    record Spent(BigDecimal amount, String currency, String fundingSource) {
    }

    record Repealed(String code, String actNumber, LocalDate actDate) {
    }

    record Figures(String period, int measuresInForce, Map<String, Integer> byStatus, BigDecimal shareCompleted,
            int overdue, int expectedAgencies, int submittedOnTime, BigDecimal onTimeRate) {
    }

    static Snapshot of(ConsolidatedContent content) {
        return new Snapshot(FORMAT, content.planCode(), content.period(), content.asOf(), content.agencyReportDue(),
                content.consolidatedReportDue(),
                map(content.submissions(), s -> new Submission(s.agency(), s.status(), s.submittedAt(), s.late(),
                        s.daysLate(), backfill(s.backfill()))),
                content.missingAgencies(),
                map(content.tasks(), task -> new TaskBlock(task.code(), map(task.measures(),
                        row -> new MeasureRow(row.code(), row.dueOn(), map(row.executors(),
                                e -> new ExecutorRow(e.agency(), e.answeringAgency(), e.lead(), e.byAgreement(),
                                        entry(e.entry()))),
                                row.status(), row.overdue(), completion(row.completion()))))),
                map(content.repealed(), r -> new Repealed(r.code(), r.actNumber(), r.actDate())),
                figures(content.figures()), figures(content.previousFigures()));
    }

    /**
     * What the snapshot says. A list that is missing is read as empty.
     */
    ConsolidatedContent content() {
        return new ConsolidatedContent(planCode, period, asOf, agencyReportDue, consolidatedReportDue,
                map(submissions, s -> new ConsolidatedContent.Submission(s.agency(), s.status(), s.submittedAt(),
                        s.late(), s.daysLate(), content(s.backfill()))),
                map(missingAgencies, Function.identity()),
                map(tasks, task -> new ConsolidatedContent.TaskBlock(task.code(), map(task.measures(),
                        row -> new ConsolidatedContent.MeasureRow(row.code(), row.dueOn(), map(row.executors(),
                                e -> new ConsolidatedContent.ExecutorRow(e.agency(), e.answeringAgency(), e.lead(),
                                        e.byAgreement(), content(e.entry()))),
                                row.status(), row.overdue(), content(row.completion()))))),
                map(repealed, r -> new ConsolidatedContent.Repealed(r.code(), r.actNumber(), r.actDate())),
                content(figures), content(previousFigures));
    }

    private static Entry entry(ConsolidatedContent.Entry entry) {
        if (entry == null) {
            return null;
        }
        SpentItem spent = entry.spent();
        return new Entry(entry.period(), entry.revision(), entry.reportStatus(), entry.status().name(),
                entry.progressPercent(), entry.completedOn(), entry.narrative(),
                map(entry.evidence(), e -> new Evidence(e.title(), e.actNumber(), e.actDate(), e.url())),
                spent == null ? null : new Spent(spent.amount(), spent.currency(), spent.fundingSource()),
                entry.receivedOn());
    }

    private static ConsolidatedContent.Entry content(Entry entry) {
        if (entry == null) {
            return null;
        }
        Spent spent = entry.spent();
        return new ConsolidatedContent.Entry(entry.period(), entry.revision(), entry.reportStatus(),
                status(entry.status()), entry.progressPercent(), entry.completedOn(), entry.narrative(),
                map(entry.evidence(), e -> new EvidenceItem(e.title(), e.actNumber(), e.actDate(), e.url())),
                spent == null ? null : new SpentItem(spent.amount(), spent.currency(), spent.fundingSource()),
                entry.receivedOn());
    }

    private static Backfill backfill(BackfillView backfill) {
        return backfill == null ? null : new Backfill(backfill.receivedOn(), backfill.letter().number(),
                backfill.letter().date(), backfill.recordedBy(), backfill.recordedAt());
    }

    private static BackfillView content(Backfill backfill) {
        return backfill == null ? null : new BackfillView(backfill.receivedOn(),
                new LetterItem(backfill.letterNumber(), backfill.letterDate()), backfill.recordedBy(),
                backfill.recordedAt());
    }

    private static Completion completion(ConsolidatedContent.Completion completion) {
        return completion == null ? null
                : new Completion(completion.period(), completion.completedOn(), completion.slipDays());
    }

    private static ConsolidatedContent.Completion content(Completion completion) {
        return completion == null ? null
                : new ConsolidatedContent.Completion(completion.period(), completion.completedOn(),
                        completion.slipDays());
    }

    /**
     * A status that this code does not know (renamed or dropped after the report was built) must not make an
     * official report unreadable. ConsolidatedContent types the entry's status with the API's enum, so the unknown
     * name cannot go into it. The entry is read without a status rather than with a wrong one. The rest of the
     * entry is kept, and the measure's status, which is text, still shows the stored name.
     */
    private static EntryStatus status(String name) {
        return Enums.named(EntryStatus.class, name).orElse(null);
    }

    private static Figures figures(ConsolidatedContent.Figures figures) {
        return figures == null ? null : new Figures(figures.period(), figures.measuresInForce(), figures.byStatus(),
                figures.shareCompleted(), figures.overdue(), figures.expectedAgencies(), figures.submittedOnTime(),
                figures.onTimeRate());
    }

    private static ConsolidatedContent.Figures content(Figures figures) {
        return figures == null ? null : new ConsolidatedContent.Figures(figures.period(), figures.measuresInForce(),
                figures.byStatus() == null ? Map.of() : figures.byStatus(), figures.shareCompleted(),
                figures.overdue(), figures.expectedAgencies(), figures.submittedOnTime(), figures.onTimeRate());
    }

    private static <A, B> List<B> map(List<A> items, Function<A, B> mapping) {
        return items == null ? List.of() : items.stream().map(mapping).toList();
    }
}
