package kg.actionplan.tracker.agency;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Stored agencies, looked up by their code.
 */
@ApplicationScoped
public class AgencyRepository implements PanacheRepository<Agency> {

    public Optional<Agency> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<Agency> listInCodeOrder() {
        return list("order by code");
    }
}
