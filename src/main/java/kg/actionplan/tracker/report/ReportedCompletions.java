package kg.actionplan.tracker.report;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.plan.CompletionRecords;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Measure;
import kg.actionplan.tracker.plan.MeasureRepository;
import kg.actionplan.tracker.plan.Plan;

/**
 * Completion as the standing reports tell it: a report for a half-year speaks for the last day of that half-year,
 * however late it was submitted.
 */
@ApplicationScoped
public class ReportedCompletions implements CompletionRecords {

    private final RevisionRepository revisions;
    private final MeasureRepository measures;

    ReportedCompletions(RevisionRepository revisions, MeasureRepository measures) {
        this.revisions = revisions;
        this.measures = measures;
    }

    @Override
    public Set<String> completedMeasures(Plan plan, LocalDate asOf) {
        var completions = revisions.completionsUpTo(plan, HalfYear.lastEndedBy(asOf));
        if (completions.isEmpty()) {
            return Set.of();
        }
        return measures.listByPlan(plan).stream()
                .filter(measure -> measure.executors().stream().findFirst().map(lead -> completions.stream()
                        .filter(c -> c.measureCode().equals(measure.code()))
                        .anyMatch(c -> speaksFor(c.agency(), lead.agency(), c.period()))).orElse(false))
                .map(Measure::code)
                .collect(Collectors.toSet());
    }

    private static boolean speaksFor(Agency reporter, Agency lead, String period) {
        return reporter.code().equals(lead.code())
                || lead.isSucceededBy(reporter, HalfYear.parse(period).orElseThrow().end());
    }
}
