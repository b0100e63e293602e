package kg.actionplan.tracker.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

import kg.actionplan.tracker.account.Account;
import kg.actionplan.tracker.account.AccountIdentity;
import kg.actionplan.tracker.account.AccountRepository;
import kg.actionplan.tracker.account.Caller;
import kg.actionplan.tracker.account.Credential;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.audit.AuditAction;
import kg.actionplan.tracker.audit.AuditLog;
import kg.actionplan.tracker.common.InvalidInputException;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.common.NotPermittedException;
import kg.actionplan.tracker.common.Problem;
import kg.actionplan.tracker.common.ServiceZone;
import kg.actionplan.tracker.common.TrackerConfig;
import kg.actionplan.tracker.signin.Secrets;
import kg.actionplan.tracker.signin.SignInAttempts;

/**
 * Issues, lists and revokes API tokens, and signs in the requests that carry one: a SHA-256 and an indexed lookup
 * instead of a password hash. An administrator manages any account's tokens, an account its own; a token cannot
 * issue tokens, so that a leaked one cannot outlive its expiry.
 */
@ApplicationScoped
public class ApiTokenService {

    /** Every token starts with this, so that it is recognised in a leak scan and in a malformed header. */
    static final String SCHEME = "apt_";
    private static final Pattern FORMAT = Pattern.compile(SCHEME + "[A-Za-z0-9_-]{43}");
    /** How much of the secret is shown to tell tokens apart: 48 of its 256 bits. */
    private static final int SHOWN = SCHEME.length() + 8;
    /** The last-used time is written at most this often, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final Period maxLifetime;
    private final SignInAttempts attempts;

    ApiTokenService(ApiTokenRepository tokens, AccountRepository accounts, AuditLog audit, Clock clock,
            TrackerConfig config, SignInAttempts attempts) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxLifetime = config.tokens().maxLifetime();
        this.attempts = attempts;
    }

    @Transactional
    public TokenViews.Issued issue(Caller caller, String username, TokenViews.Issue request) {
        Account account = manageable(caller, username);
        if (caller.credential() == Credential.TOKEN) {
            throw new NotPermittedException("A token cannot issue tokens: sign in with the account's password.");
        }
        LocalDate today = ServiceZone.today(clock);
        LocalDate latest = today.plus(maxLifetime);
        if (request.expiresOn().isBefore(today)) {
            throw invalid("expiresOn", "must be today (" + today + ") or later");
        }
        if (request.expiresOn().isAfter(latest)) {
            throw invalid("expiresOn", "must be " + latest + " or earlier: a token lives at most " + maxLifetime);
        }
        String secret = SCHEME + Secrets.random();
        ApiToken token = new ApiToken(account, request.name().strip(), secret.substring(0, SHOWN),
                Secrets.sha256(secret), clock.instant(), request.expiresOn());
        tokens.persist(token);
        audit.record(AuditAction.TOKEN_ISSUED, "API_TOKEN", String.valueOf(token.id()), "token '" + token.name()
                + "' (" + token.prefix() + "…) for account " + username + ", expires on " + token.expiresOn());
        return new TokenViews.Issued(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresOn(),
                secret);
    }

    @Transactional
    public List<TokenViews.TokenView> list(Caller caller, String username) {
        Account account = manageable(caller, username);
        Instant now = clock.instant();
        return tokens.listOf(account.id()).stream().map(token -> view(token, now)).toList();
    }

    /**
     * Revokes the token at once; revoking it again changes nothing.
     */
    @Transactional
    public void revoke(Caller caller, String username, long id) {
        Account account = manageable(caller, username);
        ApiToken token = tokens.findOf(account.id(), id)
                .orElseThrow(() -> new NotFoundException("Account " + username + " has no token " + id + "."));
        if (token.revoke(clock.instant(), caller.username())) {
            audit.record(AuditAction.TOKEN_REVOKED, "API_TOKEN", String.valueOf(id), "token '" + token.name()
                    + "' (" + token.prefix() + "…) of account " + username + " revoked");
        }
    }

    /**
     * The identity of a request that carries {@code secret}; a failure counts against the client address.
     */
    public SecurityIdentity authenticate(String secret, String address) {
        attempts.admit(Credential.TOKEN, null, address);
        Instant now = clock.instant();
        boolean wellFormed = FORMAT.matcher(secret).matches();
        Optional<ApiTokenRepository.Match> match = wellFormed
                ? QuarkusTransaction.requiringNew().call(() -> lookUp(secret, now))
                : Optional.empty();
        Optional<String> refusal = match.isEmpty()
                ? Optional.of(wellFormed ? "unknown-token" : "malformed-token")
                : refusal(match.get(), now);
        if (refusal.isPresent()) {
            attempts.failed(Credential.TOKEN, match.map(ApiTokenRepository.Match::username).orElse(null), address,
                    refusal.get());
            throw new AuthenticationFailedException(refusal.get());
        }
        ApiTokenRepository.Match token = match.get();
        return AccountIdentity.of(token.username(), token.role(), Optional.ofNullable(token.agency()),
                Credential.TOKEN, token.id());
    }

    /**
     * Finds the token and, if it opens its account, records its use (at most once a minute).
     */
    private Optional<ApiTokenRepository.Match> lookUp(String secret, Instant now) {
        Optional<ApiTokenRepository.Match> match = tokens.findMatch(Secrets.sha256(secret));
        match.filter(m -> refusal(m, now).isEmpty())
                .filter(m -> m.lastUsedAt() == null || !now.isBefore(m.lastUsedAt().plus(TOUCH_EVERY)))
                .ifPresent(m -> tokens.touch(m.id(), now));
        return match;
    }

    /**
     * Why a stored token opens nothing now, if it does not.
     */
    private static Optional<String> refusal(ApiTokenRepository.Match token, Instant now) {
        return Optional.ofNullable(token.revokedAt() != null ? "revoked-token"
                : expired(token.expiresOn(), now) ? "expired-token"
                : !token.enabled() ? "disabled-account"
                : null);
    }

    /**
     * A token works through the last moment of its expiry date in Bishkek.
     */
    private static boolean expired(LocalDate expiresOn, Instant now) {
        return !now.isBefore(expiresOn.plusDays(1).atStartOfDay(ServiceZone.ID).toInstant());
    }

    private Account manageable(Caller caller, String username) {
        if (!caller.is(Role.ADMIN) && !caller.username().equals(username)) {
            throw new NotPermittedException("Only an administrator manages the tokens of another account.");
        }
        return accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no account " + username + "."));
    }

    private static TokenViews.TokenView view(ApiToken token, Instant now) {
        TokenViews.Status status = token.revokedAt() != null ? TokenViews.Status.REVOKED
                : expired(token.expiresOn(), now) ? TokenViews.Status.EXPIRED
                : TokenViews.Status.ACTIVE;
        return new TokenViews.TokenView(token.id(), token.name(), token.prefix(), token.createdAt(),
                token.expiresOn(), status, token.lastUsedAt(), token.revokedAt(), token.revokedBy());
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("The token cannot be issued: " + field + " " + message + ".",
                List.of(Problem.Error.inBody(message, field)));
    }
}
