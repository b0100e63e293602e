package kg.actionplan.tracker.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

import kg.actionplan.tracker.common.PageRequest;

/**
 * The audit log, newest first.
 */
@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEvent> {

    /**
     * Filters of the audit log; an absent one does not filter.
     */
    public record Filter(Optional<String> actor, Optional<AuditAction> action, Optional<String> subjectType,
            Optional<String> subjectId, Optional<Instant> from, Optional<Instant> to) {
    }

    /**
     * The page's rows, newest first, and one more if it exists.
     */
    public List<AuditEvent> listMatching(Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter.actor().ifPresent(v -> add(conditions, parameters, "actor = :actor", "actor", v));
        filter.action().ifPresent(v -> add(conditions, parameters, "action = :action", "action", v));
        filter.subjectType().ifPresent(v -> add(conditions, parameters, "subjectType = :subjectType", "subjectType", v));
        filter.subjectId().ifPresent(v -> add(conditions, parameters, "subjectId = :subjectId", "subjectId", v));
        filter.from().ifPresent(v -> add(conditions, parameters, "occurredAt >= :from", "from", v));
        filter.to().ifPresent(v -> add(conditions, parameters, "occurredAt < :to", "to", v));
        page.after().ifPresent(after -> {
            conditions.add("(occurredAt < :afterAt or (occurredAt = :afterAt and id < :afterId))");
            parameters.and("afterAt", after.instant(0)).and("afterId", after.number(1));
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by occurredAt desc, id desc", parameters).page(Page.ofSize(page.rowsToRead()))
                .list();
    }

    private static void add(List<String> conditions, Parameters parameters, String condition, String name, Object value) {
        conditions.add(condition);
        parameters.and(name, value);
    }
}
