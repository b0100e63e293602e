package kg.actionplan.tracker.account;

import java.time.Instant;
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
import jakarta.persistence.Version;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.common.Language;

/**
 * A person's or a system's login. A reporter is bound to exactly one agency; the other roles to none.
 */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    private String email;

    @Enumerated(EnumType.STRING)
    private Language language;

    private boolean enabled;

    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String passwordHash, Role role, Agency agency, String email, Language language,
            Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.agency = agency;
        this.email = email;
        this.language = language;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void assign(Role role, Agency agency) {
        this.role = role;
        this.agency = agency;
    }

    void changeEmail(String email) {
        this.email = email;
    }

    void changeLanguage(Language language) {
        this.language = language;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Optional<Agency> agency() {
        return Optional.ofNullable(agency);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Language language() {
        return language;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
