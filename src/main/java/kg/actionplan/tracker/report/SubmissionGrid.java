package kg.actionplan.tracker.report;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Plan;
import kg.actionplan.tracker.report.ReportViews.SubmissionView;

/**
 * Where every agency expected to report on a half-year stands, for the committee's grid and the consolidated report.
 * An agency that opened a report stays in the grid even if it is no longer expected (it has since reported its
 * last measure completed for an earlier half-year): its report exists and must not drop out of sight.
 */
@ApplicationScoped
public class SubmissionGrid {

    private final ReportRepository reports;
    private final ReportingDuties duties;
    private final Clock clock;

    SubmissionGrid(ReportRepository reports, ReportingDuties duties, Clock clock) {
        this.reports = reports;
        this.duties = duties;
        this.clock = clock;
    }

    public List<SubmissionView> of(Plan plan, HalfYear period) {
        Map<String, Report> byAgency = reports.listByPlanAndPeriod(plan, period).stream()
                .collect(Collectors.toMap(r -> r.agency().code(), Function.identity()));
        Lateness sinceDue = Lateness.of(plan.reporting(), period, clock.instant());
        SortedSet<String> agencies = new TreeSet<>(byAgency.keySet());
        duties.dutiesOf(plan, period).expected().forEach(agency -> agencies.add(agency.code()));
        return agencies.stream()
                .map(agency -> Optional.ofNullable(byAgency.get(agency)).map(SubmissionView::from)
                        .orElseGet(() -> SubmissionView.missing(agency, sinceDue)))
                .toList();
    }
}
