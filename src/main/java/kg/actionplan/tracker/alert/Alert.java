package kg.actionplan.tracker.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.plan.Plan;

/**
 * One alert to one recipient in the outbox: what it is about, and every attempt to send it. Its rule, subject,
 * occurrence and recipient identify it, so that deciding it again adds nothing.
 */
@Entity
public class Alert {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private AlertRule rule;

    private String subject;

    private String occurrence;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private Language language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    private String period;

    private String measureCode;

    private LocalDate dueOn;

    private String detail;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private AlertStatus status;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant lastAttemptAt;

    private String lastError;

    private Instant sentAt;

    private Instant claimedUntil;

    private String claimedBy;

    protected Alert() {
    }

    Alert(AlertDraft draft, Recipient recipient, Instant now) {
        this.rule = draft.rule();
        this.subject = draft.subject();
        this.occurrence = draft.occurrence();
        this.recipient = recipient.email();
        this.language = recipient.language();
        this.plan = draft.plan();
        this.agency = draft.agency().orElse(null);
        this.period = draft.period().orElse(null);
        this.measureCode = draft.measureCode().orElse(null);
        this.dueOn = draft.dueOn().orElse(null);
        this.detail = draft.detail().orElse(null);
        this.createdAt = now;
        this.status = AlertStatus.PENDING;
        this.nextAttemptAt = now;
    }

    /**
     * Leases the alert to {@code claimant} until {@code until}: other instances leave it alone until then.
     */
    void claimed(String claimant, Instant until) {
        claimedBy = claimant;
        claimedUntil = until;
    }

    void sent(Instant at) {
        released();
        attempts++;
        lastAttemptAt = at;
        sentAt = at;
        status = AlertStatus.SENT;
    }

    /**
     * Records a failed attempt: the alert is tried again at {@code retryAt}, or given up when there is none.
     */
    void failed(Instant at, String error, Optional<Instant> retryAt) {
        released();
        attempts++;
        lastAttemptAt = at;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        retryAt.ifPresentOrElse(next -> nextAttemptAt = next, () -> status = AlertStatus.FAILED);
    }

    void skipped(Instant at) {
        released();
        lastAttemptAt = at;
        lastError = "recipient switched off";
        status = AlertStatus.SKIPPED;
    }

    private void released() {
        claimedBy = null;
        claimedUntil = null;
    }

    public Long id() {
        return id;
    }

    public AlertRule rule() {
        return rule;
    }

    public String subject() {
        return subject;
    }

    public String occurrence() {
        return occurrence;
    }

    public String recipient() {
        return recipient;
    }

    public Language language() {
        return language;
    }

    public Plan plan() {
        return plan;
    }

    public Optional<Agency> agency() {
        return Optional.ofNullable(agency);
    }

    public Optional<String> period() {
        return Optional.ofNullable(period);
    }

    public Optional<String> measureCode() {
        return Optional.ofNullable(measureCode);
    }

    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(dueOn);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public AlertStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<Instant> claimedUntil() {
        return Optional.ofNullable(claimedUntil);
    }

    public Optional<String> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }
}
