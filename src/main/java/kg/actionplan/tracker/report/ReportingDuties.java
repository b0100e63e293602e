package kg.actionplan.tracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Measure;
import kg.actionplan.tracker.plan.MeasureRepository;
import kg.actionplan.tracker.plan.Plan;
import kg.actionplan.tracker.report.RevisionRepository.CompletedMeasure;

/**
 * Who reports on what. For a half-year, an agency reports if it answers for its duties at the end of the half-year
 * (it exists by then and has not been succeeded), on every measure in force that it executes, directly or as
 * successor of a named executor, unless it, or an agency whose duties it carries, already reported the measure
 * completed for an earlier half-year.
 */
@ApplicationScoped
public class ReportingDuties {

    private final MeasureRepository measures;
    private final AgencyRepository agencies;
    private final RevisionRepository revisions;

    ReportingDuties(MeasureRepository measures, AgencyRepository agencies, RevisionRepository revisions) {
        this.measures = measures;
        this.agencies = agencies;
        this.revisions = revisions;
    }

    /**
     * What every agency has to report on one half-year of a plan: the agencies expected to report, in code order,
     * and the measures of each.
     */
    public record Duties(List<Agency> expected, Map<String, List<Measure>> byAgency) {

        /**
         * The measures {@code agency} reports on; none if it is not expected to report.
         */
        public List<Measure> of(Agency agency) {
            return byAgency.getOrDefault(agency.code(), List.of());
        }
    }

    /**
     * The duties of every agency at once: the plan's measures, the agencies and the completions reported before the
     * half-year are read once each, whatever the number of agencies (asked agency by agency, they cost queries per
     * agency on every grid, alert scan and consolidated report).
     */
    public Duties dutiesOf(Plan plan, HalfYear period) {
        List<Agency> all = agencies.listInCodeOrder();
        List<Measure> inForce = measures.listByPlan(plan).stream().filter(measure -> !measure.isRepealed()).toList();
        Map<String, Set<Long>> completedBy = revisions.completedBefore(plan, period).stream()
                .collect(Collectors.groupingBy(CompletedMeasure::agencyCode,
                        Collectors.mapping(CompletedMeasure::measureId, Collectors.toSet())));
        List<Agency> expected = new ArrayList<>();
        Map<String, List<Measure>> byAgency = new HashMap<>();
        for (Agency agency : all) {
            if (!answersAt(agency, period.end())) {
                continue;
            }
            Set<Long> closed = withPredecessors(agency, all).stream()
                    .flatMap(reporter -> completedBy.getOrDefault(reporter.code(), Set.of()).stream())
                    .collect(Collectors.toSet());
            List<Measure> toReport = inForce.stream()
                    .filter(measure -> measure.isExecutedBy(agency, period.end()))
                    .filter(measure -> !closed.contains(measure.id()))
                    .toList();
            if (!toReport.isEmpty()) {
                expected.add(agency);
                byAgency.put(agency.code(), toReport);
            }
        }
        return new Duties(List.copyOf(expected), Map.copyOf(byAgency));
    }

    public List<Measure> measuresToReport(Plan plan, HalfYear period, Agency agency) {
        return dutiesOf(plan, period).of(agency);
    }

    /**
     * Why {@code agency} has nothing to report for the period, in words for the caller.
     */
    public String whyNothingToReport(Plan plan, HalfYear period, Agency agency) {
        LocalDate end = period.end();
        if (agency.establishedOn().filter(end::isBefore).isPresent()) {
            return agency.code() + " did not exist yet at the end of " + period + " (established "
                    + agency.establishedOn().get() + ")";
        }
        if (agency.successorFrom().filter(from -> !from.isAfter(end)).isPresent()) {
            return agency.code() + "'s duties passed to " + agency.successor().orElseThrow().code() + " on "
                    + agency.successorFrom().get() + "; " + agency.successor().get().code() + " reports for " + period;
        }
        return agency.code() + " executes no open measure of plan " + plan.code() + " in " + period;
    }

    /**
     * The agency and every agency whose duties passed to it, directly or through others: a measure one of them
     * reported completed is done, and the successor does not report it again.
     */
    private static List<Agency> withPredecessors(Agency agency, List<Agency> all) {
        List<Agency> found = new ArrayList<>(List.of(agency));
        for (int i = 0; i < found.size(); i++) {
            String successor = found.get(i).code();
            all.stream()
                    .filter(other -> other.successor().filter(s -> s.code().equals(successor)).isPresent())
                    .filter(other -> found.stream().noneMatch(known -> known.code().equals(other.code())))
                    .forEach(found::add);
        }
        return found;
    }

    private static boolean answersAt(Agency agency, LocalDate date) {
        return agency.establishedOn().map(established -> !established.isAfter(date)).orElse(true)
                && agency.successorFrom().map(from -> from.isAfter(date)).orElse(true);
    }
}
