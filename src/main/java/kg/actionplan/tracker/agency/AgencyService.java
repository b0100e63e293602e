package kg.actionplan.tracker.agency;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the agencies.
 */
@ApplicationScoped
public class AgencyService {

    private final AgencyRepository agencies;

    AgencyService(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    public List<AgencyView> listAgencies() {
        return agencies.listInCodeOrder().stream().map(AgencyView::from).toList();
    }

    public Optional<AgencyView> findAgency(String code) {
        return agencies.findByCode(code).map(AgencyView::from);
    }
}
