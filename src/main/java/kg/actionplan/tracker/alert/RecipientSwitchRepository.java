package kg.actionplan.tracker.alert;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * The switched addresses, by address.
 */
@ApplicationScoped
public class RecipientSwitchRepository implements PanacheRepository<RecipientSwitch> {

    public Optional<RecipientSwitch> findByEmail(String email) {
        return find("email", email).firstResultOptional();
    }

    public Set<String> switchedOff() {
        return find("active = false").stream().map(RecipientSwitch::email).collect(Collectors.toSet());
    }

    public Map<String, RecipientSwitch> byEmail() {
        return listAll().stream().collect(Collectors.toMap(RecipientSwitch::email, Function.identity()));
    }
}
