package kg.actionplan.tracker.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * One recorded change. Never updated or deleted.
 */
@Entity
@Immutable
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String actor;

    private String remoteAddress;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String subjectType;

    private String subjectId;

    private String summary;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String remoteAddress, AuditAction action, String subjectType,
            String subjectId, String summary) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.remoteAddress = remoteAddress;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.summary = summary.length() > 4000 ? summary.substring(0, 3997) + "..." : summary;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    public AuditAction action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String summary() {
        return summary;
    }
}
