package kg.actionplan.tracker.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import org.jboss.logging.Logger;

import kg.actionplan.tracker.account.AccountIdentity;
import kg.actionplan.tracker.account.AccountRepository;
import kg.actionplan.tracker.account.Caller;
import kg.actionplan.tracker.account.Credential;
import kg.actionplan.tracker.account.PasswordChanged;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.account.SignInAccount;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.common.TrackerConfig;
import kg.actionplan.tracker.signin.PasswordSignIn;
import kg.actionplan.tracker.signin.CsrfTokenRejectedException;
import kg.actionplan.tracker.signin.Secrets;

/**
 * Browser sessions: the password is checked once, at sign-in; after that a request is signed in by its cookie, whose
 * secret the database holds only as a hash. A session ends at sign-out, after its idle time, at its absolute expiry,
 * when its account's password changes, and while its account is disabled it opens nothing.
 */
@ApplicationScoped
public class SessionService {

    /** The cookie's name. */
    public static final String COOKIE = "tracker_session";
    /** The header in which writes carry the session's CSRF token. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final Logger LOG = Logger.getLogger(SessionService.class);
    /** The last-seen time is written at most this often, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final BrowserSessionRepository sessions;
    private final AccountRepository accounts;
    private final PasswordSignIn signIn;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;

    SessionService(BrowserSessionRepository sessions, AccountRepository accounts, PasswordSignIn signIn, Clock clock,
            TrackerConfig config) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.signIn = signIn;
        this.clock = clock;
        this.idleTimeout = config.sessions().idleTimeout();
        this.absoluteTimeout = config.sessions().absoluteTimeout();
    }

    /**
     * A new session and the secret of its cookie.
     */
    public record Started(String secret, SessionView session) {
    }

    /**
     * Checks the password (throttled, on the bounded pool) and opens a session.
     */
    public Started signIn(SignInRequest request, String address) {
        SignInAccount account = signIn.verify(request.username(), request.password(), address, Credential.PASSWORD);
        String secret = Secrets.random();
        String csrfToken = Secrets.random();
        Instant now = clock.instant();
        BrowserSession session = QuarkusTransaction.requiringNew().call(() -> {
            BrowserSession started = new BrowserSession(accounts.findById(account.id()), Secrets.sha256(secret),
                    csrfToken, now, now.plus(absoluteTimeout), address);
            sessions.persist(started);
            return started;
        });
        LOG.infof("Account %s signed in from %s: browser session %d", account.username(), address, session.id());
        return new Started(secret, view(account.username(), account.role(), account.agency(), session));
    }

    /**
     * The identity of a request that carries the cookie's {@code secret}; a write must also carry the CSRF token,
     * unless it is a page's form, whose token PageCsrfFilter checks in the body. The identity keeps the token and
     * the account's language for the pages.
     */
    public SecurityIdentity authenticate(String secret, boolean write, String csrfToken) {
        Instant now = clock.instant();
        BrowserSessionRepository.Match match = QuarkusTransaction.requiringNew().call(() -> {
            Optional<BrowserSessionRepository.Match> found = sessions.findMatch(Secrets.sha256(secret))
                    .filter(m -> isOpen(m, now));
            found.filter(m -> !now.isBefore(m.lastSeenAt().plus(TOUCH_EVERY)))
                    .ifPresent(m -> sessions.touch(m.id(), now));
            return found.orElse(null);
        });
        if (match == null) {
            throw new AuthenticationFailedException("no open session for this cookie");
        }
        if (write && !Secrets.same(match.csrfToken(), csrfToken)) {
            throw new CsrfTokenRejectedException();
        }
        return QuarkusSecurityIdentity.builder(AccountIdentity.of(match.username(), match.role(),
                        Optional.ofNullable(match.agency()), Credential.SESSION, match.id()))
                .addAttribute(AccountIdentity.SESSION_CSRF_TOKEN, match.csrfToken())
                .addAttribute(AccountIdentity.LANGUAGE, match.language())
                .build();
    }

    /**
     * The caller's own session, as it signed in.
     */
    @Transactional
    public SessionView current(Caller caller) {
        BrowserSession session = caller.sessionId().map(id -> sessions.findById(id))
                .orElseThrow(() -> new NotFoundException("This request did not come with a browser session."));
        return view(caller.username(), caller.role(), caller.agency(), session);
    }

    /**
     * Ends the caller's session, if the request came with one.
     */
    @Transactional
    public void signOut(Caller caller) {
        caller.sessionId().map(id -> sessions.findById(id)).ifPresent(session -> {
            session.end(clock.instant());
            LOG.infof("Account %s signed out: browser session %d", caller.username(), session.id());
        });
    }

    /**
     * Forgets sessions that closed more than a day ago.
     */
    @Transactional
    public long forgetClosed() {
        return sessions.deleteEndedBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    void endOnPasswordChange(@Observes PasswordChanged event) {
        int ended = sessions.endAllOf(event.accountId(), event.keepSessionId().orElse(null), clock.instant());
        if (ended > 0) {
            LOG.infof("Password of account %d changed: %d browser session(s) ended", event.accountId(), ended);
        }
    }

    private boolean isOpen(BrowserSessionRepository.Match match, Instant now) {
        return match.endedAt() == null && match.enabled() && now.isBefore(match.expiresAt())
                && now.isBefore(match.lastSeenAt().plus(idleTimeout));
    }

    private SessionView view(String username, Role role, Optional<String> agency,
            BrowserSession session) {
        return new SessionView(username, role, agency.orElse(null), session.csrfToken(), session.expiresAt(),
                idleTimeout.toSeconds());
    }
}
