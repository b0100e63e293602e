package kg.actionplan.tracker.plan;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Stored measures, in the order of their plan's table.
 */
@ApplicationScoped
public class MeasureRepository implements PanacheRepository<Measure> {

    public List<Measure> listByPlan(Plan plan) {
        return list("plan = ?1 order by task.position, position", plan);
    }

    public Optional<Measure> findByPlanAndCode(Plan plan, String code) {
        return find("plan = ?1 and code = ?2", plan, code).firstResultOptional();
    }
}
