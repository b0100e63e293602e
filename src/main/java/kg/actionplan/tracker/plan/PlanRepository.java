package kg.actionplan.tracker.plan;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Stored plans, looked up by their code.
 */
@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    public Optional<Plan> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<Plan> listByStart() {
        return list("order by startsOn, code");
    }
}
