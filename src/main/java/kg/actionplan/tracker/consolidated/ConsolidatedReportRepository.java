package kg.actionplan.tracker.consolidated;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Plan;

/**
 * Stored versions of consolidated reports.
 */
@ApplicationScoped
public class ConsolidatedReportRepository implements PanacheRepository<ConsolidatedReport> {

    public List<ConsolidatedReport> listVersions(Plan plan, HalfYear period) {
        return list("plan = ?1 and period = ?2 order by number", plan, period.id());
    }

    public Optional<ConsolidatedReport> findVersion(Plan plan, HalfYear period, int number) {
        return find("plan = ?1 and period = ?2 and number = ?3", plan, period.id(), number).firstResultOptional();
    }

    public Optional<ConsolidatedReport> findLatest(Plan plan, HalfYear period) {
        return find("plan = ?1 and period = ?2 order by number desc", plan, period.id()).firstResultOptional();
    }

    public Optional<ConsolidatedReport> findByRunKey(String runKey) {
        return find("runKey", runKey).firstResultOptional();
    }

    public int nextNumber(Plan plan, HalfYear period) {
        return findLatest(plan, period).map(latest -> latest.number() + 1).orElse(1);
    }
}
