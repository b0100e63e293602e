package kg.actionplan.tracker.token;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import kg.actionplan.tracker.account.Role;

/**
 * API tokens, found by the hash of their secret or listed per account.
 */
@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    /**
     * What a request's token needs checked, read without loading entities: this runs on every call of a system.
     */
    public record Match(long id, LocalDate expiresOn, Instant lastUsedAt, Instant revokedAt, String username,
            Role role, String agency, boolean enabled) {
    }

    public Optional<Match> findMatch(String secretHash) {
        return getEntityManager().createQuery("select new " + Match.class.getName()
                        + "(t.id, t.expiresOn, t.lastUsedAt, t.revokedAt, a.username, a.role, g.code, a.enabled)"
                        + " from ApiToken t join t.account a left join a.agency g where t.secretHash = :hash",
                        Match.class)
                .setParameter("hash", secretHash)
                .getResultStream().findFirst();
    }

    public List<ApiToken> listOf(long accountId) {
        return list("account.id = ?1 order by id desc", accountId);
    }

    public Optional<ApiToken> findOf(long accountId, long id) {
        return find("account.id = ?1 and id = ?2", accountId, id).firstResultOptional();
    }

    public void touch(long id, Instant at) {
        update("lastUsedAt = ?1 where id = ?2", at, id);
    }
}
