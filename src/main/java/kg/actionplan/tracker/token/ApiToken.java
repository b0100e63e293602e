package kg.actionplan.tracker.token;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import kg.actionplan.tracker.account.Account;

/**
 * An account's API token for an agency's system: found by the SHA-256 of its secret, which is shown only when the
 * token is issued. Valid through the end of its expiry date (Bishkek time) unless revoked.
 */
@Entity
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    private String name;

    private String prefix;

    private String secretHash;

    private Instant createdAt;

    private LocalDate expiresOn;

    private Instant lastUsedAt;

    private Instant revokedAt;

    private String revokedBy;

    protected ApiToken() {
    }

    ApiToken(Account account, String name, String prefix, String secretHash, Instant createdAt, LocalDate expiresOn) {
        this.account = account;
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    /**
     * Revokes the token; a second revocation changes nothing. Returns whether this one did.
     */
    boolean revoke(Instant at, String by) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        revokedBy = by;
        return true;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String prefix() {
        return prefix;
    }

    Instant createdAt() {
        return createdAt;
    }

    LocalDate expiresOn() {
        return expiresOn;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    String revokedBy() {
        return revokedBy;
    }
}
