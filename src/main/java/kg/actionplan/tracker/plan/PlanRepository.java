package kg.actionplan.tracker.plan;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import kg.actionplan.tracker.common.NotFoundException;

/**
 * Stored plans, looked up by their code.
 */
@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    public Optional<Plan> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * The plan with this code; a missing one is a "not found" for the caller.
     */
    public Plan getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException("There is no plan " + code + "."));
    }

    public List<Plan> listByStart() {
        return list("order by startsOn, code");
    }
}
