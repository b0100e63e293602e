package kg.actionplan.tracker.alert;

import java.time.LocalDate;
import java.util.Optional;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.plan.Plan;

/**
 * An alert as a rule decides it, before it is addressed: the same draft goes to each of its recipients.
 *
 * @param subject what the alert is about, unique across plans (e.g. {@code plan/2025-H1/UKMK})
 * @param occurrence which time the rule fires for the subject: the first day of its window (e.g. the reminder
 *        seven days before, or the week of a repeated alert), or a revision or version number
 */
record AlertDraft(AlertRule rule, String subject, String occurrence, Plan plan, Optional<Agency> agency,
        Optional<String> period, Optional<String> measureCode, Optional<LocalDate> dueOn, Optional<String> detail) {

    static AlertDraft about(AlertRule rule, String subject, String occurrence, Plan plan) {
        return new AlertDraft(rule, subject, occurrence, plan, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    AlertDraft as(AlertRule value) {
        return new AlertDraft(value, subject, occurrence, plan, agency, period, measureCode, dueOn, detail);
    }

    AlertDraft occurring(String value) {
        return new AlertDraft(rule, subject, value, plan, agency, period, measureCode, dueOn, detail);
    }

    AlertDraft agency(Agency value) {
        return new AlertDraft(rule, subject, occurrence, plan, Optional.of(value), period, measureCode, dueOn, detail);
    }

    AlertDraft period(String value) {
        return new AlertDraft(rule, subject, occurrence, plan, agency, Optional.of(value), measureCode, dueOn, detail);
    }

    AlertDraft measure(String value) {
        return new AlertDraft(rule, subject, occurrence, plan, agency, period, Optional.of(value), dueOn, detail);
    }

    AlertDraft due(LocalDate value) {
        return new AlertDraft(rule, subject, occurrence, plan, agency, period, measureCode, Optional.of(value), detail);
    }

    AlertDraft detail(String value) {
        return new AlertDraft(rule, subject, occurrence, plan, agency, period, measureCode, dueOn,
                Optional.ofNullable(value));
    }
}
