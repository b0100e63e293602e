package kg.actionplan.tracker.session;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.common.Language;

/**
 * Browser sessions, found by the hash of their secret.
 */
@ApplicationScoped
public class BrowserSessionRepository implements PanacheRepository<BrowserSession> {

    /**
     * What a request's cookie needs checked, read without loading entities: this runs on every request of a browser.
     */
    public record Match(long id, String csrfToken, Instant lastSeenAt, Instant expiresAt, Instant endedAt,
            String username, Role role, String agency, boolean enabled, Language language) {
    }

    public Optional<Match> findMatch(String secretHash) {
        return getEntityManager().createQuery("select new " + Match.class.getName()
                        + "(s.id, s.csrfToken, s.lastSeenAt, s.expiresAt, s.endedAt, a.username, a.role, g.code, "
                        + "a.enabled, a.language)"
                        + " from BrowserSession s join s.account a left join a.agency g where s.secretHash = :hash",
                        Match.class)
                .setParameter("hash", secretHash)
                .getResultStream().findFirst();
    }

    public void touch(long id, Instant at) {
        update("lastSeenAt = ?1 where id = ?2 and endedAt is null", at, id);
    }

    public int endAllOf(long accountId, Long except, Instant at) {
        return except == null
                ? update("endedAt = ?1 where account.id = ?2 and endedAt is null", at, accountId)
                : update("endedAt = ?1 where account.id = ?2 and endedAt is null and id <> ?3", at, accountId, except);
    }

    /**
     * Forgets sessions that ended or expired before {@code before}: nothing can be done with them any more.
     */
    public long deleteEndedBefore(Instant before) {
        return delete("expiresAt < ?1 or endedAt < ?1", before);
    }
}
