package kg.actionplan.tracker.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.common.InvalidParameterException;
import kg.actionplan.tracker.plan.CompletionRecords.MeasureCompletion;
import kg.actionplan.tracker.plan.PlanViews.MeasureView;
import kg.actionplan.tracker.plan.PlanViews.PeriodView;
import kg.actionplan.tracker.plan.PlanViews.PlanSummaryView;
import kg.actionplan.tracker.plan.PlanViews.PlanView;

/**
 * Reads the plan catalogue: plans, their measures with the filters users need, and their reporting periods.
 */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final MeasureRepository measures;
    private final AgencyRepository agencies;
    private final CompletionRecords completions;
    private final Clock clock;

    PlanService(PlanRepository plans, MeasureRepository measures, AgencyRepository agencies,
            CompletionRecords completions, Clock clock) {
        this.plans = plans;
        this.measures = measures;
        this.agencies = agencies;
        this.completions = completions;
        this.clock = clock;
    }

    public List<PlanSummaryView> listPlans() {
        return plans.listByStart().stream().map(PlanSummaryView::from).toList();
    }

    public Optional<PlanView> findPlan(String planCode) {
        return plans.findByCode(planCode).map(PlanView::from);
    }

    public List<MeasureView> listMeasures(String planCode, MeasureQuery query) {
        Plan plan = plans.getByCode(planCode);
        LocalDate asOf = query.asOf().orElseGet(() -> today(plan));
        Map<String, MeasureCompletion> completed = completions.reportedCompletions(plan, asOf);
        Predicate<Measure> filter = measure -> true;
        if (query.task().isPresent()) {
            String task = query.task().get();
            plan.task(task).orElseThrow(() -> new InvalidParameterException("task", "plan " + planCode + " has no task " + task));
            filter = filter.and(measure -> measure.task().code().equals(task));
        }
        if (query.agency().isPresent()) {
            Agency agency = agencies.findByCode(query.agency().get()).orElseThrow(() ->
                    new InvalidParameterException("agency", "unknown agency " + query.agency().get()));
            filter = filter.and(measure -> measure.isExecutedBy(agency, asOf));
        }
        if (query.overdue().isPresent()) {
            boolean overdue = query.overdue().get();
            filter = filter.and(measure ->
                    (measure.deadlinePassedOn(asOf) && !completed.containsKey(measure.code())) == overdue);
        }
        return measures.listByPlan(plan).stream().filter(filter)
                .map(m -> MeasureView.from(m, asOf, Optional.ofNullable(completed.get(m.code()))))
                .toList();
    }

    public Optional<MeasureView> findMeasure(String planCode, String measureCode, Optional<LocalDate> asOf) {
        Plan plan = plans.getByCode(planCode);
        LocalDate day = asOf.orElseGet(() -> today(plan));
        return measures.findByPlanAndCode(plan, measureCode).map(measure -> MeasureView.from(measure, day,
                Optional.ofNullable(completions.reportedCompletions(plan, day).get(measure.code()))));
    }

    public List<PeriodView> listPeriods(String planCode) {
        ReportingRules rules = plans.getByCode(planCode).reporting();
        return rules.periods().stream().map(period -> PeriodView.from(period, rules)).toList();
    }

    /**
     * The half-years that have begun by today in the plan's time zone, the latest first: those a report may be
     * opened for.
     */
    public List<PeriodView> listBegunPeriods(String planCode) {
        Plan plan = plans.getByCode(planCode);
        LocalDate today = today(plan);
        ReportingRules rules = plan.reporting();
        return rules.periods().stream().filter(period -> !period.start().isAfter(today))
                .sorted(Comparator.comparing(HalfYear::start).reversed())
                .map(period -> PeriodView.from(period, rules)).toList();
    }

    private LocalDate today(Plan plan) {
        return plan.reporting().dayOf(clock.instant());
    }
}
