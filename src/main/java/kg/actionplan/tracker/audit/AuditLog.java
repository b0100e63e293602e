package kg.actionplan.tracker.audit;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

import kg.actionplan.tracker.common.ClientRequest;
import kg.actionplan.tracker.common.Cursor;
import kg.actionplan.tracker.common.ListPage;
import kg.actionplan.tracker.common.PageRequest;

/**
 * Records changes in the transaction that makes them, so that a change and its audit record are committed, or
 * rolled back, together. Outside a request (start-up) the actor is "system".
 */
@ApplicationScoped
public class AuditLog {

    static final String SYSTEM = "system";

    private final AuditRepository events;
    private final Clock clock;

    AuditLog(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String subjectType, String subjectId, String summary) {
        events.persist(new AuditEvent(clock.instant(), actor(), remoteAddress(), action, subjectType, subjectId, summary));
    }

    /**
     * A page of the records that match, newest first.
     */
    public ListPage<AuditEventView> list(AuditRepository.Filter filter, PageRequest page) {
        return page.page(events.listMatching(filter, page), event -> Cursor.of(event.occurredAt(), event.id()))
                .map(AuditEventView::from);
    }

    private static String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }

    private static String remoteAddress() {
        return Arc.container().requestContext().isActive()
                ? ClientRequest.address(Arc.container().instance(CurrentVertxRequest.class).get().getCurrent())
                : null;
    }
}
