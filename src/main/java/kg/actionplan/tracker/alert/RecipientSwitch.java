package kg.actionplan.tracker.alert;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Whether alerts go to an address, as last set by a person; an address never switched is on.
 */
@Entity
@Table(name = "alert_recipient")
public class RecipientSwitch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private boolean active;

    private Instant changedAt;

    private String changedBy;

    private String reason;

    protected RecipientSwitch() {
    }

    RecipientSwitch(String email) {
        this.email = email;
        this.active = true;
    }

    void set(boolean active, String reason, Instant at, String by) {
        this.active = active;
        this.reason = reason;
        this.changedAt = at;
        this.changedBy = by;
    }

    public String email() {
        return email;
    }

    public boolean active() {
        return active;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
