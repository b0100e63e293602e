package kg.actionplan.tracker.alert;

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
 * The outbox.
 */
@ApplicationScoped
public class AlertRepository implements PanacheRepository<Alert> {

    /**
     * Filters of the outbox listing; an absent one does not filter.
     */
    public record Filter(Optional<AlertStatus> status, Optional<String> agencyCode, Optional<AlertRule> rule,
            Optional<String> recipient) {
    }

    public boolean exists(AlertDraft draft, String recipient) {
        return count("rule = ?1 and subject = ?2 and occurrence = ?3 and recipient = ?4", draft.rule(),
                draft.subject(), draft.occurrence(), recipient) > 0;
    }

    /**
     * Pending alerts whose next attempt is due, oldest first.
     */
    public List<Alert> listDue(Instant now, int limit) {
        return find("status = ?1 and nextAttemptAt <= ?2 order by id", AlertStatus.PENDING, now)
                .page(Page.ofSize(limit)).list();
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
