package kg.actionplan.tracker.account;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;

import kg.actionplan.tracker.common.PageRequest;

/**
 * Stored accounts, looked up by username.
 */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /**
     * The page's accounts by username, and one more if it exists.
     */
    public List<Account> listByUsername(PageRequest page) {
        return page.after()
                .map(after -> find("username > ?1 order by username", after.text(0)))
                .orElseGet(() -> find("order by username"))
                .page(Page.ofSize(page.rowsToRead())).list();
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
