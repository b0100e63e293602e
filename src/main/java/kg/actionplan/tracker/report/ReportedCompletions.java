package kg.actionplan.tracker.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.plan.CompletionRecords;
import kg.actionplan.tracker.plan.Executor;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Measure;
import kg.actionplan.tracker.plan.MeasureRepository;
import kg.actionplan.tracker.plan.Plan;
import kg.actionplan.tracker.report.RevisionRepository.Completion;

/**
 * Completion as the standing reports tell it: a report for a half-year speaks for the last day of that half-year,
 * however late it was submitted. A measure was completed in the earliest half-year its lead, or the agency carrying
 * the lead's duties then, reported it COMPLETED.
 */
@ApplicationScoped
public class ReportedCompletions implements CompletionRecords {

    /** Half-year ids (2021-H1) sort as text; within one half-year a report that gives the day comes first. */
    private static final Comparator<Completion> EARLIEST = Comparator.comparing(Completion::period)
            .thenComparing(Completion::completedOn, Comparator.nullsLast(Comparator.naturalOrder()));

    private final RevisionRepository revisions;
    private final MeasureRepository measures;

    ReportedCompletions(RevisionRepository revisions, MeasureRepository measures) {
        this.revisions = revisions;
        this.measures = measures;
    }

    @Override
    public Map<String, MeasureCompletion> reportedCompletions(Plan plan, LocalDate asOf) {
        Map<String, List<Completion>> byMeasure = revisions.completionsUpTo(plan, HalfYear.lastEndedBy(asOf)).stream()
                .collect(Collectors.groupingBy(Completion::measureCode));
        if (byMeasure.isEmpty()) {
            return Map.of();
        }
        Map<String, MeasureCompletion> completed = new HashMap<>();
        for (Measure measure : measures.listByPlan(plan)) {
            List<Completion> reported = byMeasure.getOrDefault(measure.code(), List.of());
            Optional<Agency> lead = measure.executors().stream().findFirst().map(Executor::agency);
            lead.flatMap(agency -> reported.stream().filter(c -> speaksFor(c.agency(), agency, c.period())).min(EARLIEST))
                    .ifPresent(c -> completed.put(measure.code(), new MeasureCompletion(
                            HalfYear.parse(c.period()).orElseThrow(), Optional.ofNullable(c.completedOn()))));
        }
        return completed;
    }

    private static boolean speaksFor(Agency reporter, Agency lead, String period) {
        return reporter.code().equals(lead.code())
                || lead.isSucceededBy(reporter, HalfYear.parse(period).orElseThrow().end());
    }
}
