package kg.actionplan.tracker.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.common.TrackerConfig;
import kg.actionplan.tracker.plan.CompletionRecords;
import kg.actionplan.tracker.plan.Executor;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Measure;
import kg.actionplan.tracker.plan.MeasureRepository;
import kg.actionplan.tracker.plan.Plan;
import kg.actionplan.tracker.plan.PlanRepository;
import kg.actionplan.tracker.report.ReportRepository;
import kg.actionplan.tracker.report.ReportingDuties;

import org.hibernate.Session;

/**
 * The deadline rules applied to one plan on one day, in one transaction that holds the plan's row: submissions wait
 * for it, so the rules see every report either before or after a submission, never half of one.
 */
@ApplicationScoped
public class PlanAlerts {

    private final PlanRepository plans;
    private final MeasureRepository measures;
    private final ReportRepository reports;
    private final ReportingDuties duties;
    private final CompletionRecords completions;
    private final Recipients recipients;
    private final AlertOutbox outbox;
    private final TrackerConfig.Alerts config;

    PlanAlerts(PlanRepository plans, MeasureRepository measures, ReportRepository reports, ReportingDuties duties,
            CompletionRecords completions, Recipients recipients, AlertOutbox outbox, TrackerConfig config) {
        this.plans = plans;
        this.measures = measures;
        this.reports = reports;
        this.duties = duties;
        this.completions = completions;
        this.recipients = recipients;
        this.outbox = outbox;
        this.config = config.alerts();
    }

    /**
     * Whether the plan's reporting is open on {@code today}: from its entry into force to the due date of its last
     * consolidated report.
     */
    static boolean reportingOpen(Plan plan, LocalDate today) {
        LocalDate lastDue = plan.reporting().consolidatedReportDue(plan.reporting().lastPeriod());
        return !today.isBefore(plan.inForceFrom()) && !today.isAfter(lastDue);
    }

    /**
     * Queues what the rules decide for the plan on {@code today}; returns how many alerts were stored, by rule.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<AlertRule, Integer> decide(long planId, LocalDate today) {
        Plan plan = plans.findById(planId);
        plans.getEntityManager().lock(plan, LockModeType.PESSIMISTIC_WRITE);
        // The rules only read what they load (and insert alerts): without a snapshot of each loaded entity, the
        // flush at commit does not compare thousands of measures, executors and reports field by field.
        plans.getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
        AlertOutbox.Batch decided = new AlertOutbox.Batch();
        if (reportingOpen(plan, today)) {
            Recipients.Directory to = recipients.directory();
            List<SubmissionDates> dated = plan.reporting().periods().stream()
                    .map(period -> SubmissionDates.of(plan, period, today, config))
                    .filter(SubmissionDates::anyToday)
                    .toList();
            Map<HalfYear, ReportingDuties.Duties> toReport = duties.dutiesOf(plan,
                    dated.stream().map(SubmissionDates::period).toList());
            Map<String, Set<String>> submitted = dated.isEmpty() ? Map.of() : reports.listSubmitted(plan).stream()
                    .collect(Collectors.groupingBy(ReportRepository.Submitted::period,
                            Collectors.mapping(ReportRepository.Submitted::agencyCode, Collectors.toSet())));
            for (SubmissionDates dates : dated) {
                submissions(plan, dates, toReport.get(dates.period()),
                        submitted.getOrDefault(dates.period().id(), Set.of()), to, decided);
            }
            measures(plan, today, to, decided);
        }
        return outbox.queue(decided);
    }

    /**
     * A half-year's submission deadlines, and the alerts they call for on the day of the scan, if any.
     */
    private record SubmissionDates(HalfYear period, LocalDate due, LocalDate consolidatedDue,
            Optional<LocalDate> reminder, Optional<LocalDate> missed, Optional<LocalDate> warning) {

        static SubmissionDates of(Plan plan, HalfYear period, LocalDate today, TrackerConfig.Alerts config) {
            LocalDate due = plan.reporting().agencyReportDue(period);
            LocalDate consolidatedDue = plan.reporting().consolidatedReportDue(period);
            return new SubmissionDates(period, due, consolidatedDue,
                    Occurrences.reminder(due, today, config.submissionReminderDays()),
                    Occurrences.repeated(due.plusDays(1), today, config.repeatEveryDays()),
                    Occurrences.reminder(consolidatedDue, today, config.consolidatedWarningDays()));
        }

        boolean anyToday() {
            return reminder.isPresent() || missed.isPresent() || warning.isPresent();
        }
    }

    /**
     * The alerts about a half-year's reports, to the agencies expected to report that have not submitted (no report,
     * or a draft never submitted) and to the coordinator.
     *
     * @param submitted codes of the agencies that submitted a report on the half-year
     */
    private void submissions(Plan plan, SubmissionDates dates, ReportingDuties.Duties toReport, Set<String> submitted,
            Recipients.Directory to, AlertOutbox.Batch decided) {
        HalfYear period = dates.period();
        List<Agency> outstanding = toReport.expected().stream()
                .filter(agency -> !submitted.contains(agency.code()))
                .toList();
        String subjectPrefix = plan.code() + "/" + period.id() + "/";
        for (Agency agency : outstanding) {
            AlertDraft about = AlertDraft.about(AlertRule.SUBMISSION_REMINDER, subjectPrefix + agency.code(), "", plan)
                    .agency(agency).period(period.id()).due(dates.due());
            dates.reminder().ifPresent(on -> decided.add(about.occurring(on.toString()), to.ofAgency(agency)));
            dates.missed().ifPresent(on -> {
                AlertDraft draft = about.as(AlertRule.SUBMISSION_MISSED).occurring(on.toString());
                List<Recipient> told = new ArrayList<>(to.ofAgency(agency));
                if (answersDirectlyFor(toReport, period, agency)) {
                    told.addAll(to.coordinatorOf(plan));
                }
                decided.add(draft, to.reachable(told));
            });
        }
        if (dates.warning().isPresent() && !outstanding.isEmpty()) {
            AlertDraft draft = AlertDraft.about(AlertRule.CONSOLIDATED_DUE, plan.code() + "/" + period.id(),
                            dates.warning().get().toString(), plan)
                    .period(period.id()).due(dates.consolidatedDue())
                    .detail(outstanding.stream().map(Agency::code).collect(Collectors.joining(", ")));
            decided.add(draft, to.coordinatorOf(plan));
        }
    }

    /**
     * Whether the agency executes at least one of its measures in the half-year other than by agreement: only then
     * is the coordinator told that it missed its deadline.
     */
    private static boolean answersDirectlyFor(ReportingDuties.Duties toReport, HalfYear period, Agency agency) {
        return toReport.of(agency).stream()
                .flatMap(measure -> measure.executorsCarriedBy(agency, period.end()).stream())
                .anyMatch(executor -> !executor.byAgreement());
    }

    private void measures(Plan plan, LocalDate today, Recipients.Directory to, AlertOutbox.Batch decided) {
        Set<String> completed = completions.completedMeasures(plan, today);
        for (Measure measure : measures.listByPlan(plan)) {
            if (measure.isRepealed() || completed.contains(measure.code())) {
                continue;
            }
            LocalDate due = measure.deadline().dueOn();
            Optional<LocalDate> approaching = Occurrences.reminder(due, today, config.measureReminderDays());
            Optional<LocalDate> overdue = Occurrences.repeated(due.plusDays(1), today, config.repeatEveryDays());
            if (approaching.isEmpty() && overdue.isEmpty()) {
                continue;
            }
            AlertDraft about = AlertDraft.about(AlertRule.MEASURE_DEADLINE_APPROACHING,
                    plan.code() + "/measure/" + measure.code(), "", plan).measure(measure.code()).due(due);
            List<Executor> executors = measure.executors();
            for (Executor executor : executors) {
                Agency agency = executor.agency().answeringOn(today);
                if (agency.establishedOn().filter(today::isBefore).isPresent()) {
                    continue;
                }
                AlertDraft ofAgency = about.agency(agency);
                approaching.ifPresent(on -> decided.add(ofAgency.occurring(on.toString()), to.ofAgency(agency)));
                overdue.ifPresent(on -> decided.add(ofAgency.as(AlertRule.MEASURE_OVERDUE).occurring(on.toString()),
                        to.ofAgency(agency)));
            }
            List<Executor> accountable = executors.stream().filter(executor -> !executor.byAgreement()).toList();
            if (overdue.isPresent() && !accountable.isEmpty()) {
                AlertDraft escalated = about.as(AlertRule.MEASURE_OVERDUE).occurring(overdue.get().toString())
                        .agency(accountable.get(0).agency().answeringOn(today))
                        .detail(accountable.stream().map(e -> e.agency().answeringOn(today).code())
                                .distinct().collect(Collectors.joining(", ")));
                decided.add(escalated, to.coordinatorOf(plan));
            }
        }
    }
}
