package kg.actionplan.tracker.alert;

/**
 * What makes an alert the same alert: deciding it again for the same recipient stores nothing (the outbox's unique
 * key).
 */
record AlertIdentity(AlertRule rule, String subject, String occurrence, String recipient) {

    static AlertIdentity of(AlertDraft draft, Recipient recipient) {
        return new AlertIdentity(draft.rule(), draft.subject(), draft.occurrence(), recipient.email());
    }
}
