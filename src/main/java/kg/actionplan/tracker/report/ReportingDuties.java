package kg.actionplan.tracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.plan.Executor;
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
     * The duties of every agency at once: see {@link #dutiesOf(Plan, Collection)}.
     */
    public Duties dutiesOf(Plan plan, HalfYear period) {
        return dutiesOf(plan, List.of(period)).get(period);
    }

    /**
     * The duties of every agency in each of the half-years: the plan's measures, the agencies and the completions
     * reported are read once, whatever the number of agencies and half-years (asked agency by agency, they cost
     * queries per agency on every grid, alert scan and consolidated report). Each measure is then gone through once
     * per half-year, its executors each handed to the agency answering for them at the half-year's end.
     */
    public Map<HalfYear, Duties> dutiesOf(Plan plan, Collection<HalfYear> periods) {
        if (periods.isEmpty()) {
            return Map.of();
        }
        List<Agency> all = agencies.listInCodeOrder();
        List<Measure> inForce = measures.listByPlan(plan).stream().filter(measure -> !measure.isRepealed()).toList();
        HalfYear latest = periods.stream().max(Comparator.naturalOrder()).orElseThrow();
        List<CompletedMeasure> completions = revisions.completedBefore(plan, latest);
        Map<HalfYear, Duties> duties = new HashMap<>();
        for (HalfYear period : periods) {
            duties.put(period, dutiesIn(period, all, inForce, completions));
        }
        return duties;
    }

    private static Duties dutiesIn(HalfYear period, List<Agency> all, List<Measure> inForce,
            List<CompletedMeasure> completions) {
        LocalDate end = period.end();
        Map<String, Set<Long>> completedBy = completions.stream()
                .filter(completion -> completion.period().compareTo(period.id()) < 0)
                .collect(Collectors.groupingBy(CompletedMeasure::agencyCode,
                        Collectors.mapping(CompletedMeasure::measureId, Collectors.toSet())));
        Map<String, Set<Long>> closedFor = new HashMap<>();
        Map<String, List<Measure>> byAgency = new HashMap<>();
        for (Measure measure : inForce) {
            for (Executor executor : measure.executors()) {
                // Only the end of a chain of successions can answer at the end of the half-year: every agency before
                // it in the chain was succeeded by then.
                Agency answering = executor.agency().answeringOn(end);
                if (!answersAt(answering, end)) {
                    continue;
                }
                Set<Long> closed = closedFor.computeIfAbsent(answering.code(),
                        code -> withPredecessors(answering, all).stream()
                                .flatMap(reporter -> completedBy.getOrDefault(reporter.code(), Set.of()).stream())
                                .collect(Collectors.toSet()));
                List<Measure> toReport = byAgency.computeIfAbsent(answering.code(), code -> new ArrayList<>());
                boolean listed = !toReport.isEmpty() && toReport.get(toReport.size() - 1) == measure;
                if (!listed && !closed.contains(measure.id())) {
                    toReport.add(measure);
                }
            }
        }
        byAgency.values().removeIf(List::isEmpty);
        List<Agency> expected = all.stream().filter(agency -> byAgency.containsKey(agency.code())).toList();
        Map<String, List<Measure>> frozen = new HashMap<>();
        byAgency.forEach((code, measures) -> frozen.put(code, List.copyOf(measures)));
        return new Duties(expected, Map.copyOf(frozen));
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
