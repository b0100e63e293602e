package kg.actionplan.tracker.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

import kg.actionplan.tracker.common.PageRequest;

import org.hibernate.Timeouts;

/**
 * The outbox.
 */
@ApplicationScoped
public class AlertRepository implements PanacheRepository<Alert> {

    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

    /** Pending, due, and under no live lease: what an instance may claim. */
    private static final String CLAIMABLE = "status = :pending and nextAttemptAt <= :now"
            + " and (claimedUntil is null or claimedUntil <= :now)";

    /**
     * Filters of the outbox listing; an absent one does not filter.
     */
    public record Filter(Optional<AlertStatus> status, Optional<String> agencyCode, Optional<AlertRule> rule,
            Optional<String> recipient) {
    }

    /**
     * The stored alerts, of any rule, about {@code subjects} and occurring at one of {@code occurrences}. The index on
     * subject and occurrence serves the lookup (the rule is left to the caller: with it, H2 would read every alert of
     * the rule through the unique key instead).
     */
    public List<AlertIdentity> listStored(Collection<String> subjects, Collection<String> occurrences) {
        return getEntityManager().createQuery("select new kg.actionplan.tracker.alert.AlertIdentity(rule, subject,"
                        + " occurrence, recipient) from Alert where subject in :subjects"
                        + " and occurrence in :occurrences", AlertIdentity.class)
                .setParameter("subjects", subjects)
                .setParameter("occurrences", occurrences).getResultList();
    }

    /**
     * Up to {@code limit} recipients that have alerts to claim, those waiting longest first. Read without locks: a
     * recipient that another instance claims meanwhile yields nothing in {@link #lockClaimable}.
     */
    public List<String> listRecipientsToClaim(Instant now, int limit) {
        return getEntityManager().createQuery("select recipient from Alert where " + CLAIMABLE
                + " group by recipient order by min(id)", String.class)
                .setParameter("pending", AlertStatus.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Locks the alerts of {@code recipient} that may be claimed, oldest first, or returns none when another
     * transaction is claiming them. Locked rows of others are skipped rather than waited for ({@code SKIP LOCKED}).
     *
     * <p>The oldest claimable alert of the recipient is locked first and decides: a transaction that finds it locked
     * gets nothing at all, instead of the rows after it, so that two instances never split one recipient's digest.
     */
    public List<Alert> lockClaimable(String recipient, Instant now) {
        Parameters parameters = Parameters.with("pending", AlertStatus.PENDING).and("now", now)
                .and("recipient", recipient);
        Optional<Alert> oldest = find("from Alert a where a.recipient = :recipient and a.status = :pending"
                + " and a.nextAttemptAt <= :now and (a.claimedUntil is null or a.claimedUntil <= :now)"
                + " and not exists (select 1 from Alert older where older.recipient = :recipient"
                + " and older.status = :pending and older.nextAttemptAt <= :now"
                + " and (older.claimedUntil is null or older.claimedUntil <= :now) and older.id < a.id)", parameters)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .firstResultOptional();
        if (oldest.isEmpty()) {
            return List.of();
        }
        return find("recipient = :recipient and " + CLAIMABLE + " order by id", parameters)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .list();
    }

    /**
     * How many alerts are pending and failed, and when the oldest pending one was created: one aggregate query.
     */
    @Transactional
    public OutboxBacklog backlog() {
        List<Object[]> rows = getEntityManager().createQuery("select status, count(*), min(createdAt) from Alert"
                + " where status in (:pending, :failed) group by status", Object[].class)
                .setParameter("pending", AlertStatus.PENDING).setParameter("failed", AlertStatus.FAILED)
                .getResultList();
        long pending = 0;
        long failed = 0;
        Optional<Instant> oldestPending = Optional.empty();
        for (Object[] row : rows) {
            long count = (Long) row[1];
            if (row[0] == AlertStatus.PENDING) {
                pending = count;
                oldestPending = Optional.ofNullable((Instant) row[2]);
            } else {
                failed = count;
            }
        }
        return new OutboxBacklog(pending, failed, oldestPending);
    }

    /**
     * The page's rows, newest first, and one more if it exists.
     */
    public List<Alert> listMatching(Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter.status().ifPresent(v -> add(conditions, parameters, "status = :status", "status", v));
        filter.agencyCode().ifPresent(v -> add(conditions, parameters, "agency.code = :agency", "agency", v));
        filter.rule().ifPresent(v -> add(conditions, parameters, "rule = :rule", "rule", v));
        filter.recipient().ifPresent(v -> add(conditions, parameters, "recipient = :recipient", "recipient", v));
        page.after().ifPresent(after -> add(conditions, parameters, "id < :afterId", "afterId", after.number(0)));
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by id desc", parameters).page(Page.ofSize(page.rowsToRead())).list();
    }

    private static void add(List<String> conditions, Parameters parameters, String condition, String name,
            Object value) {
        conditions.add(condition);
        parameters.and(name, value);
    }
}
