package kg.actionplan.tracker.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.common.LocalizedText;
import kg.actionplan.tracker.plan.CompletionRecords.MeasureCompletion;

/**
 * The response bodies of the plan catalogue.
 */
public final class PlanViews {

    private PlanViews() {
    }

    @Schema(name = "PlanSummary", description = "A plan in the list of plans.")
    public record PlanSummaryView(String code, LocalizedText title, LocalDate startsOn, LocalDate endsOn,
            LocalDate inForceFrom, int measureCount) {

        static PlanSummaryView from(Plan plan) {
            return new PlanSummaryView(plan.code(), plan.title(), plan.startsOn(), plan.endsOn(), plan.inForceFrom(),
                    plan.measures().size());
        }
    }

    @Schema(name = "Plan", description = "A plan with its legal acts, reporting rules and tasks.")
    public record PlanView(String code, LocalizedText title, LocalDate startsOn, LocalDate endsOn,
            List<ActView> legalBasis, List<ActView> amendments, LocalDate publishedOn, LocalizedText publication,
            LocalDate inForceFrom, ReportingView reporting, List<TaskView> tasks) {

        static PlanView from(Plan plan) {
            return new PlanView(plan.code(), plan.title(), plan.startsOn(), plan.endsOn(),
                    plan.legalBasis().stream().map(ActView::from).toList(),
                    plan.amendments().stream().map(ActView::from).toList(),
                    plan.publishedOn().orElse(null), plan.publication(), plan.inForceFrom(),
                    ReportingView.from(plan.reporting()),
                    plan.tasks().stream().map(TaskView::from).toList());
        }
    }

    @Schema(name = "LegalAct", description = "A legal act that adopted or amended a plan.")
    public record ActView(String number, LocalDate date, LocalizedText title, String url) {

        static ActView from(LegalAct act) {
            return new ActView(act.number(), act.adoptedOn(), act.title(), act.url().orElse(null));
        }
    }

    @Schema(name = "ReportingRules", description = "When and to whom the plan's executors report. Deadlines end at "
            + "midnight at the end of the due day in the plan's time zone.")
    public record ReportingView(ReportingRules.Frequency frequency, int agencyReportDueDay,
            int consolidatedReportDueDay, String timeZone, String coordinator, String firstPeriod, String lastPeriod) {

        static ReportingView from(ReportingRules rules) {
            return new ReportingView(rules.frequency(), rules.agencyReportDueDay(), rules.consolidatedReportDueDay(),
                    rules.timeZone().getId(), rules.coordinator().code(), rules.firstPeriod().id(),
                    rules.lastPeriod().id());
        }
    }

    @Schema(name = "Task", description = "One of the plan's tasks, with the codes of its measures in order.")
    public record TaskView(String code, LocalizedText section, LocalizedText title, List<String> measures) {

        static TaskView from(PlanTask task) {
            return new TaskView(task.code(), task.section(), task.title(),
                    task.measures().stream().map(Measure::code).toList());
        }
    }

    @Schema(name = "Measure", description = "One measure of the plan. A repealed measure has only its code, task, "
            + "status and repeal.")
    public record MeasureView(String code, String task,
            @Schema(enumeration = {"IN_FORCE", "REPEALED"}) String status,
            LocalizedText text, LocalizedText expectedResult, DeadlineView deadline, FundingView funding,
            List<ExecutorView> executors, boolean ministriesAndAgencies, RepealView repeal,
            @Schema(description = "The lead executor (or the agency carrying its duties) reported the measure "
                    + "COMPLETED in a submitted or accepted report for a period ended by asOf.") boolean completed,
            @Schema(description = "When the measure was reported completed, if it was: absent otherwise.")
            CompletionView completion,
            @Schema(description = "The deadline has passed as of asOf (today in the plan's time zone by default) "
                    + "and the measure is not completed.") boolean overdue,
            @Schema(description = "How the source table was read where it is ambiguous.") String editorialNote) {

        static MeasureView from(Measure measure, LocalDate asOf, Optional<MeasureCompletion> completion) {
            if (measure.isRepealed()) {
                return new MeasureView(measure.code(), measure.task().code(), "REPEALED", null, null, null, null,
                        List.of(), false, RepealView.from(measure), false, null, false,
                        measure.editorialNote().orElse(null));
            }
            boolean completed = completion.isPresent();
            List<Executor> named = measure.executors();
            List<ExecutorView> executors = IntStream.range(0, named.size())
                    .mapToObj(i -> ExecutorView.from(named.get(i), i == 0))
                    .toList();
            return new MeasureView(measure.code(), measure.task().code(), "IN_FORCE", measure.text(),
                    measure.expectedResult(), DeadlineView.from(measure.deadline()),
                    FundingView.from(measure), executors, measure.ministriesAndAgencies(), null, completed,
                    completion.map(c -> CompletionView.from(c, measure.deadline())).orElse(null),
                    measure.deadlinePassedOn(asOf) && !completed, measure.editorialNote().orElse(null));
        }
    }

    @Schema(name = "MeasureCompletion", description = "Planned vs actual: the earliest submitted or accepted report "
            + "in which the lead executor (or the agency carrying its duties) called the measure COMPLETED. "
            + "completedOn and slipDays are there when that entry gave the day the work was completed; entries "
            + "back-filled for past half-years may not.")
    public record CompletionView(
            @Schema(description = "The half-year of that report.", examples = "2021-H1") String period,
            @Schema(description = "The day the work was completed, as the entry says.") LocalDate completedOn,
            @Schema(description = "Days from the deadline's last day (dueOn) to completedOn: positive when late, "
                    + "negative when early, 0 on the day.") Integer slipDays) {

        static CompletionView from(MeasureCompletion completion, Deadline deadline) {
            return new CompletionView(completion.period().id(), completion.completedOn().orElse(null),
                    completion.completedOn().map(deadline::slipDays).orElse(null));
        }
    }

    @Schema(name = "Deadline", description = "A date (kind DATE), or a span of years (kind SPAN) due on 31 December "
            + "of its last year; wording is the table's own.")
    public record DeadlineView(Deadline.Kind kind, LocalDate startsOn, LocalDate dueOn, LocalizedText wording) {

        static DeadlineView from(Deadline deadline) {
            return new DeadlineView(deadline.kind(), deadline.startsOn(), deadline.dueOn(), deadline.wording());
        }
    }

    @Schema(name = "Funding", description = "The table's funding wording and the sources read from it.")
    public record FundingView(LocalizedText wording, List<FundingSourceView> sources,
            @Schema(description = "The code of the earlier measure whose funding cell this one continues (a merged "
                    + "cell): the wording and any amount are that measure's, stated once for both and not to be "
                    + "counted again.") String sharedWith) {

        static FundingView from(Measure measure) {
            return new FundingView(measure.fundingWording(),
                    measure.fundingSources().stream().map(FundingSourceView::from).toList(),
                    measure.fundingSharedWith().orElse(null));
        }
    }

    @Schema(name = "FundingSource")
    public record FundingSourceView(FundingSource.Type type, LocalizedText programme, BigDecimal amount,
            String currency) {

        static FundingSourceView from(FundingSource source) {
            return new FundingSourceView(source.type(), source.programme(), source.amount(), source.currency());
        }
    }

    @Schema(name = "Executor", description = "An executor of a measure; the first (lead) answers for its completion.")
    public record ExecutorView(String agency, LocalizedText abbreviation, boolean lead, boolean byAgreement) {

        static ExecutorView from(Executor executor, boolean lead) {
            Agency agency = executor.agency();
            return new ExecutorView(agency.code(), agency.abbreviation(), lead, executor.byAgreement());
        }
    }

    @Schema(name = "Repeal", description = "The act that repealed a measure and the wording left in its place.")
    public record RepealView(ActView act, LocalizedText note) {

        static RepealView from(Measure measure) {
            return new RepealView(ActView.from(measure.repealedBy().orElseThrow()), measure.repealNote());
        }
    }

    @Schema(name = "Period", description = "A half-year reporting period and its deadlines (end of the due day in "
            + "the plan's time zone).")
    public record PeriodView(String id, LocalDate start, LocalDate end, LocalDate agencyReportDue,
            LocalDate consolidatedReportDue) {

        static PeriodView from(HalfYear period, ReportingRules rules) {
            return new PeriodView(period.id(), period.start(), period.end(),
                    rules.agencyReportDue(period), rules.consolidatedReportDue(period));
        }
    }
}
