package kg.actionplan.tracker.alert;

import java.time.Clock;
import java.util.Collection;

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
    public int queue(AlertDraft draft, Collection<Recipient> recipients) {
        int stored = 0;
        for (Recipient recipient : recipients) {
            if (alerts.exists(draft, recipient.email())) {
                continue;
            }
            alerts.persist(new Alert(draft, recipient, clock.instant()));
            stored++;
            if (!config.mail().enabled()) {
                LOG.infof("Alert kept in the outbox (mail is off): %s %s %s to %s", draft.rule(), draft.subject(),
                        draft.occurrence(), recipient.email());
            }
        }
        if (stored > 0) {
            queued.fire(new Queued(stored));
        }
        return stored;
    }
}
