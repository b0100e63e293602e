package kg.actionplan.tracker.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.common.Cursor;
import kg.actionplan.tracker.common.InvalidParameterException;
import kg.actionplan.tracker.common.ListPage;
import kg.actionplan.tracker.common.PageRequest;
import kg.actionplan.tracker.common.TrackerConfig;

import org.jboss.logging.Logger;

/**
 * Stores alerts in the transaction that decides them. An alert already stored for the same rule, subject, occurrence
 * and recipient is not stored again.
 */
@ApplicationScoped
public class AlertOutbox {

    private static final Logger LOG = Logger.getLogger(AlertOutbox.class);

    /** Subjects looked up per query, with their few occurrences: well within the bind parameters of either database. */
    private static final int LOOKUP_SIZE = 500;

    /**
     * Fired in the deciding transaction when it queued something; the sender picks it up after the commit.
     */
    public record Queued(int count) {
    }

    private final AlertRepository alerts;
    private final AgencyRepository agencies;
    private final Event<Queued> queued;
    private final TrackerConfig config;
    private final Clock clock;

    AlertOutbox(AlertRepository alerts, AgencyRepository agencies, Event<Queued> queued, TrackerConfig config,
            Clock clock) {
        this.alerts = alerts;
        this.agencies = agencies;
        this.queued = queued;
        this.config = config;
        this.clock = clock;
    }

    /**
     * A page of the alerts that match, newest first, with their sending attempts and last error.
     */
    public ListPage<AlertView> list(AlertRepository.Filter filter, PageRequest page) {
        filter.agencyCode().filter(code -> agencies.findByCode(code).isEmpty()).ifPresent(code -> {
            throw new InvalidParameterException("agency", "there is no agency " + code);
        });
        return page.page(alerts.listMatching(filter, page), alert -> Cursor.of(alert.id())).map(AlertView::from);
    }

    /**
     * Queues {@code draft} for each recipient that does not have it yet; returns how many alerts were stored. The
     * recipients come from a {@link Recipients.Directory}, which has left out the switched-off addresses.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int queue(AlertDraft draft, Collection<Recipient> recipients) {
        return queue(new Batch().add(draft, recipients)).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Queues each alert of the batch that is not stored yet; returns how many were stored, by rule. The stored ones
     * are looked up a few hundred subjects at a time: a query per alert would make Hibernate check every entity the
     * deciding transaction has loaded for changes before each one, and a scan decides thousands.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<AlertRule, Integer> queue(Batch batch) {
        Map<String, Set<String>> occurrencesBySubject = new TreeMap<>();
        batch.alerts.keySet().forEach(id -> occurrencesBySubject
                .computeIfAbsent(id.subject(), subject -> new HashSet<>()).add(id.occurrence()));
        List<String> subjects = List.copyOf(occurrencesBySubject.keySet());
        Set<AlertIdentity> already = new HashSet<>();
        for (int from = 0; from < subjects.size(); from += LOOKUP_SIZE) {
            List<String> some = subjects.subList(from, Math.min(subjects.size(), from + LOOKUP_SIZE));
            Set<String> occurrences = some.stream().flatMap(subject -> occurrencesBySubject.get(subject).stream())
                    .collect(Collectors.toSet());
            already.addAll(alerts.listStored(some, occurrences));
        }
        Map<AlertRule, Integer> stored = new EnumMap<>(AlertRule.class);
        Instant now = clock.instant();
        batch.alerts.forEach((id, alert) -> {
            if (already.contains(id)) {
                return;
            }
            alerts.persist(new Alert(alert.draft(), alert.recipient(), now));
            stored.merge(id.rule(), 1, Integer::sum);
            if (!config.mail().enabled()) {
                LOG.infof("Alert kept in the outbox (mail is off): %s %s %s to %s", id.rule(), id.subject(),
                        id.occurrence(), id.recipient());
            }
        });
        if (!stored.isEmpty()) {
            queued.fire(new Queued(stored.values().stream().mapToInt(Integer::intValue).sum()));
        }
        return stored;
    }

    /**
     * Alerts decided together, each draft once per recipient, to be queued in one go.
     */
    static final class Batch {

        private record Addressed(AlertDraft draft, Recipient recipient) {
        }

        private final Map<AlertIdentity, Addressed> alerts = new LinkedHashMap<>();

        Batch add(AlertDraft draft, Collection<Recipient> recipients) {
            for (Recipient recipient : recipients) {
                alerts.putIfAbsent(AlertIdentity.of(draft, recipient), new Addressed(draft, recipient));
            }
            return this;
        }
    }
}
