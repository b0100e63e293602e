package kg.actionplan.tracker.consolidated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.FlushMode;
import org.hibernate.Session;

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
import kg.actionplan.tracker.plan.MeasureRepository;
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
import kg.actionplan.tracker.report.RevisionRepository.StandingEntry;
import kg.actionplan.tracker.report.SubmissionGrid;

/**
 * Computes the content of a consolidated report on one half-year from the standing agency reports. The report
 * speaks for the last day of the half-year: that is its as-of day for deadlines.
 *
 * <p>The build only reads, and it reads the whole plan: its measures, every agency, the reports and the latest
 * standing entries up to the half-year reported. It reads them as read-only entities with the session's automatic
 * flush off, so that Hibernate neither keeps a copy of each to compare nor dirty-checks all it has loaded so far before
 * each query (which was about half of a build's time, and grows with the plan). What the build loads stays read-only
 * for the rest of the transaction: its caller only stores the version it yields.
 */
@ApplicationScoped
public class ConsolidatedReportBuilder {

    static final String NOT_REPORTED = "NOT_REPORTED";

    /** Standing entries read with their texts per query: well within the bind parameters of H2 and PostgreSQL. */
    private static final int ENTRIES_AT_A_TIME = 500;

    private final Session session;
    private final MeasureRepository measures;
    private final SubmissionGrid grid;
    private final RevisionRepository revisions;
    private final CompletionRecords completions;

    ConsolidatedReportBuilder(Session session, MeasureRepository measures, SubmissionGrid grid,
            RevisionRepository revisions, CompletionRecords completions) {
        this.session = session;
        this.measures = measures;
        this.grid = grid;
        this.revisions = revisions;
        this.completions = completions;
    }

    public ConsolidatedContent build(Plan plan, HalfYear period) {
        // Written first, so that the build's queries still see what the transaction wrote before it.
        session.flush();
        FlushMode flushMode = session.getHibernateFlushMode();
        boolean readOnly = session.isDefaultReadOnly();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setDefaultReadOnly(true);
        try {
            return read(plan, period);
        } finally {
            session.setHibernateFlushMode(flushMode);
            session.setDefaultReadOnly(readOnly);
        }
    }

    private ConsolidatedContent read(Plan plan, HalfYear period) {
        // Loaded first, with their executors, so that nothing later fetches them measure by measure.
        List<Measure> inTableOrder = measures.listByPlanWithExecutors(plan);
        List<Submission> submissions = submissions(plan, period);
        HalfYear previous = period.previous();
        // One read serves both half-years: the previous one's entries are those of the earlier half-years.
        List<RevisionEntry> standing = latestStanding(plan, period, previous);
        List<TaskBlock> tasks = tasks(plan, inTableOrder, period, standing);
        Figures previousFigures = plan.reporting().firstPeriod().compareTo(previous) <= 0
                ? figures(previous, tasks(plan, inTableOrder, previous, standing.stream()
                        .filter(entry -> entry.revision().report().period().compareTo(previous) <= 0).toList()),
                        submissions(plan, previous))
                : null;
        return new ConsolidatedContent(plan.code(), period.id(), period.end(),
                plan.reporting().agencyReportDue(period),
                plan.reporting().consolidatedReportDue(period),
                submissions,
                submissions.stream().filter(s -> s.status().equals(SubmissionView.MISSING)).map(Submission::agency)
                        .toList(),
                tasks,
                inTableOrder.stream().filter(Measure::isRepealed)
                        .map(m -> new Repealed(m.code(), m.repealedBy().orElseThrow().number(),
                                m.repealedBy().orElseThrow().adoptedOn()))
                        .toList(),
                figures(period, tasks, submissions),
                previousFigures);
    }

    /**
     * The entries the report and its previous half-year's figures stand on, the latest half-year first: of each agency
     * and measure, the latest standing entry up to {@code period}, and the latest up to {@code previous} where that is
     * another. The plan's whole history is first read without its texts, then only these entries with them, a few
     * hundred at a time: read whole, ten half-years of a national plan's narratives did not fit in the service's heap.
     */
    private List<RevisionEntry> latestStanding(Plan plan, HalfYear period, HalfYear previous) {
        Map<String, Long> latest = new HashMap<>();
        Map<String, Long> latestBefore = new HashMap<>();
        for (StandingEntry entry : revisions.standingUpTo(plan, period)) {
            String key = entry.agencyId() + "/" + entry.measureId();
            latest.putIfAbsent(key, entry.id());
            if (entry.period().compareTo(previous.id()) <= 0) {
                latestBefore.putIfAbsent(key, entry.id());
            }
        }
        Set<Long> chosen = new HashSet<>(latest.values());
        chosen.addAll(latestBefore.values());
        List<Long> ids = List.copyOf(chosen);
        List<RevisionEntry> entries = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += ENTRIES_AT_A_TIME) {
            int to = Math.min(ids.size(), from + ENTRIES_AT_A_TIME);
            entries.addAll(revisions.listWithEvidence(ids.subList(from, to)));
        }
        entries.sort(Comparator.comparing((RevisionEntry entry) -> entry.revision().report().period()).reversed());
        return entries;
    }

    private List<Submission> submissions(Plan plan, HalfYear period) {
        return grid.of(plan, period).stream()
                .map((SubmissionView s) -> new Submission(s.agency(), s.status(), s.submittedAt(), s.late(), s.daysLate(),
                        s.backfill()))
                .toList();
    }

    /**
     * The blocks of the tasks that have measures in force, from the plan's measures in table order and the standing
     * entries up to {@code period}, the latest half-year first.
     */
    private List<TaskBlock> tasks(Plan plan, List<Measure> inTableOrder, HalfYear period, List<RevisionEntry> standing) {
        Map<String, Entry> latest = new HashMap<>();
        for (RevisionEntry entry : standing) {
            latest.putIfAbsent(key(entry.revision().report().agency(), entry.measure()), entry(entry));
        }
        Map<String, MeasureCompletion> completed = completions.reportedCompletions(plan, period.end());
        Map<PlanTask, List<MeasureRow>> byTask = new LinkedHashMap<>();
        for (Measure measure : inTableOrder) {
            if (!measure.isRepealed()) {
                byTask.computeIfAbsent(measure.task(), task -> new ArrayList<>())
                        .add(row(measure, period, latest, Optional.ofNullable(completed.get(measure.code()))));
            }
        }
        return byTask.entrySet().stream()
                .map(block -> new TaskBlock(block.getKey().code(), List.copyOf(block.getValue())))
                .toList();
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
