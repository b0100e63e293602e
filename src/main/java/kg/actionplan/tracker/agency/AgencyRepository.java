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

    /**
     * Every agency's contact addresses, each agency's in their order, read in one query: the alert rules address
     * many agencies at a time.
     */
    public List<AgencyContact> listContacts() {
        return getEntityManager().createQuery("select new kg.actionplan.tracker.agency.AgencyContact(a.code,"
                + " a.contactLanguage, e) from Agency a join a.contactEmails e order by a.code, index(e)",
                AgencyContact.class).getResultList();
    }

    public List<Agency> listInCodeOrder() {
        return list("order by code");
    }
}
