package kg.actionplan.tracker.account;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Stored accounts, looked up by username.
 */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public List<Account> listByUsername() {
        return list("order by username");
    }

    /**
     * Enabled accounts of {@code role} that have an e-mail address: the people alerts can reach.
     */
    public List<Account> listReachable(Role role) {
        return list("role = ?1 and enabled = true and email is not null order by username", role);
    }
}
