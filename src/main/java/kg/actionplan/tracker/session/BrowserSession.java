package kg.actionplan.tracker.session;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import kg.actionplan.tracker.account.Account;

/**
 * A browser's signed-in session: found by the hash of its cookie's secret, ended by sign-out, by a password change,
 * after an idle time or at its absolute expiry.
 */
@Entity
public class BrowserSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    private String secretHash;

    private String csrfToken;

    private Instant createdAt;

    private Instant lastSeenAt;

    private Instant expiresAt;

    private Instant endedAt;

    private String remoteAddress;

    protected BrowserSession() {
    }

    BrowserSession(Account account, String secretHash, String csrfToken, Instant createdAt, Instant expiresAt,
            String remoteAddress) {
        this.account = account;
        this.secretHash = secretHash;
        this.csrfToken = csrfToken;
        this.createdAt = createdAt;
        this.lastSeenAt = createdAt;
        this.expiresAt = expiresAt;
        this.remoteAddress = remoteAddress;
    }

    void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    Long id() {
        return id;
    }

    String csrfToken() {
        return csrfToken;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
