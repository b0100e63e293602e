package kg.actionplan.tracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Measure;
import kg.actionplan.tracker.plan.MeasureRepository;
import kg.actionplan.tracker.plan.Plan;

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

    public List<Measure> measuresToReport(Plan plan, HalfYear period, Agency agency) {
        if (!answersAt(agency, period.end())) {
            return List.of();
        }
        Set<Long> closed = new HashSet<>();
        for (Agency reporter : withPredecessors(agency)) {
            closed.addAll(revisions.completedByAgencyBefore(plan, reporter, period));
        }
        return measures.listByPlan(plan).stream()
                .filter(measure -> !measure.isRepealed())
                .filter(measure -> measure.isExecutedBy(agency, period.end()))
                .filter(measure -> !closed.contains(measure.id()))
                .toList();
    }

    public List<Agency> expectedAgencies(Plan plan, HalfYear period) {
        return agencies.listInCodeOrder().stream()
                .filter(agency -> !measuresToReport(plan, period, agency).isEmpty())
                .toList();
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
    private List<Agency> withPredecessors(Agency agency) {
        List<Agency> all = agencies.listInCodeOrder();
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
