package kg.actionplan.tracker.consolidated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Completion;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Entry;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.ExecutorRow;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Figures;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.MeasureRow;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Repealed;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Submission;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.TaskBlock;
import kg.actionplan.tracker.plan.CompletionRecords;
import kg.actionplan.tracker.plan.CompletionRecords.MeasureCompletion;
import kg.actionplan.tracker.plan.Executor;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Measure;
import kg.actionplan.tracker.plan.Plan;
import kg.actionplan.tracker.plan.PlanTask;
import kg.actionplan.tracker.report.Backfill;
import kg.actionplan.tracker.report.EntryStatus;
import kg.actionplan.tracker.report.Progress;
import kg.actionplan.tracker.report.Report;
import kg.actionplan.tracker.report.ReportRequests.EvidenceItem;
import kg.actionplan.tracker.report.ReportRequests.SpentItem;
import kg.actionplan.tracker.report.ReportViews.SubmissionView;
import kg.actionplan.tracker.report.RevisionEntry;
import kg.actionplan.tracker.report.RevisionRepository;
import kg.actionplan.tracker.report.SubmissionGrid;

/**
 * Computes the content of a consolidated report on one half-year from the standing agency reports. The report
 * speaks for the last day of the half-year: that is its as-of day for deadlines.
 */
@ApplicationScoped
public class ConsolidatedReportBuilder {

    static final String NOT_REPORTED = "NOT_REPORTED";

    private final SubmissionGrid grid;
    private final RevisionRepository revisions;
    private final CompletionRecords completions;

    ConsolidatedReportBuilder(SubmissionGrid grid, RevisionRepository revisions, CompletionRecords completions) {
        this.grid = grid;
        this.revisions = revisions;
        this.completions = completions;
    }

    public ConsolidatedContent build(Plan plan, HalfYear period) {
        List<Submission> submissions = submissions(plan, period);
        List<TaskBlock> tasks = tasks(plan, period);
        HalfYear previous = period.previous();
        Figures previousFigures = plan.reporting().firstPeriod().compareTo(previous) <= 0
                ? figures(previous, tasks(plan, previous), submissions(plan, previous))
                : null;
        return new ConsolidatedContent(plan.code(), period.id(), period.end(),
                plan.reporting().agencyReportDue(period),
                plan.reporting().consolidatedReportDue(period),
                submissions,
                submissions.stream().filter(s -> s.status().equals(SubmissionView.MISSING)).map(Submission::agency)
                        .toList(),
                tasks,
                plan.measures().stream().filter(Measure::isRepealed)
                        .map(m -> new Repealed(m.code(), m.repealedBy().orElseThrow().number(),
                                m.repealedBy().orElseThrow().adoptedOn()))
                        .toList(),
                figures(period, tasks, submissions),
                previousFigures);
    }

    private List<Submission> submissions(Plan plan, HalfYear period) {
        return grid.of(plan, period).stream()
                .map((SubmissionView s) -> new Submission(s.agency(), s.status(), s.submittedAt(), s.late(), s.daysLate(),
                        s.backfill()))
                .toList();
    }

    private List<TaskBlock> tasks(Plan plan, HalfYear period) {
        Map<String, Entry> latest = new HashMap<>();
        for (RevisionEntry entry : revisions.standingEntriesUpTo(plan, period)) {
            latest.putIfAbsent(key(entry.revision().report().agency(), entry.measure()), entry(entry));
        }
        Map<String, MeasureCompletion> completed = completions.reportedCompletions(plan, period.end());
        List<TaskBlock> tasks = new ArrayList<>();
        for (PlanTask task : plan.tasks()) {
            List<MeasureRow> rows = task.measures().stream().filter(m -> !m.isRepealed())
                    .map(measure -> row(measure, period, latest, Optional.ofNullable(completed.get(measure.code()))))
                    .toList();
            if (!rows.isEmpty()) {
                tasks.add(new TaskBlock(task.code(), rows));
            }
        }
        return tasks;
    }

    private static MeasureRow row(Measure measure, HalfYear period, Map<String, Entry> latest,
            Optional<MeasureCompletion> completion) {
        List<ExecutorRow> executors = new ArrayList<>();
        List<Executor> named = measure.executors();
        for (int i = 0; i < named.size(); i++) {
            Agency agency = named.get(i).agency();
            Agency answering = agency.answeringOn(period.end());
            Entry entry = Optional.ofNullable(latest.get(key(answering, measure)))
                    .orElse(latest.get(key(agency, measure)));
            executors.add(new ExecutorRow(agency.code(), answering.code(), i == 0, named.get(i).byAgreement(), entry));
        }
        Entry lead = executors.get(0).entry();
        String status = lead == null ? NOT_REPORTED : lead.status().name();
        boolean overdue = measure.deadlinePassedOn(period.end()) && !EntryStatus.COMPLETED.name().equals(status);
        return new MeasureRow(measure.code(), measure.deadline().dueOn(), executors, status, overdue,
                completion.map(c -> new Completion(c.period().id(), c.completedOn().orElse(null),
                        c.completedOn().map(measure.deadline()::slipDays).orElse(null))).orElse(null));
    }

    private static Entry entry(RevisionEntry entry) {
        Progress progress = entry.progress();
        Report report = entry.revision().report();
        return new Entry(report.period().id(), entry.revision().number(), report.status().name(), progress.status(),
                progress.progressPercent(), progress.completedOn(), progress.narrative(),
                entry.evidence().stream().map(EvidenceItem::from).toList(), SpentItem.from(progress.spent()),
                report.backfill().map(Backfill::receivedOn).orElse(null));
    }

    private static String key(Agency agency, Measure measure) {
        return agency.code() + "/" + measure.code();
    }

    private static Figures figures(HalfYear period, List<TaskBlock> tasks, List<Submission> submissions) {
        List<MeasureRow> rows = tasks.stream().flatMap(t -> t.measures().stream()).toList();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (String status : List.of("COMPLETED", "IN_PROGRESS", "BLOCKED", "NOT_STARTED", NOT_REPORTED)) {
            byStatus.put(status, (int) rows.stream().filter(r -> r.status().equals(status)).count());
        }
        int onTime = (int) submissions.stream().filter(s -> s.submittedAt() != null && Boolean.FALSE.equals(s.late())).count();
        return new Figures(period.id(), rows.size(), byStatus, percent(byStatus.get("COMPLETED"), rows.size()),
                (int) rows.stream().filter(MeasureRow::overdue).count(), submissions.size(), onTime,
                percent(onTime, submissions.size()));
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
