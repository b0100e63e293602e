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

    /**
     * The plan's measures in table order with their tasks, executors and repealing acts, in one statement: a report
     * over the whole plan would otherwise fetch them in batches, more statements the larger the plan.
     */
    public List<Measure> listByPlanWithExecutors(Plan plan) {
        return getEntityManager().createQuery("select m from Measure m join fetch m.task t left join fetch m.executors "
                        + "left join fetch m.repealedBy where m.plan = :plan order by t.position, m.position", Measure.class)
                .setParameter("plan", plan)
                .getResultList();
    }

    public Optional<Measure> findByPlanAndCode(Plan plan, String code) {
        return find("plan = ?1 and code = ?2", plan, code).firstResultOptional();
    }
}
