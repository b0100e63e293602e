package kg.actionplan.tracker.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kg.actionplan.tracker.common.TrackerConfig;

/**
 * Counts failed sign-ins per account and per client address. Once one of them reaches its limit within the window,
 * its sign-ins are refused for a window without their credentials being checked; a successful sign-in clears its
 * account's count. Kept in memory: a restart forgets the counts, which costs an attacker a restart's worth of attempts at most.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Beyond this many remembered keys, expired ones are dropped before a new one is added. */
    private static final int PURGE_ABOVE = 10_000;
    /** The most keys remembered, so that made-up usernames cannot fill the memory. */
    private static final int MAX_TRACKED = 200_000;

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    @Inject
    SignInThrottle(Clock clock, TrackerConfig config) {
        this(clock, config.signIn().maxFailuresPerAccount(), config.signIn().maxFailuresPerAddress(),
                config.signIn().window());
    }

    SignInThrottle(Clock clock, int maxPerAccount, int maxPerAddress, Duration window) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /**
     * Throws if the account (may be null) or the address (may be null) is refused at the moment.
     */
    public void refuseIfBlocked(String account, String address) {
        Instant now = clock.instant();
        Stream.of(blockedFor(accounts, account, now), blockedFor(addresses, address, now))
                .flatMap(Optional::stream)
                .max(Duration::compareTo)
                .ifPresent(wait -> {
                    throw new SignInThrottledException(wait);
                });
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        count(accounts, account, maxPerAccount, now);
        count(addresses, address, maxPerAddress, now);
    }

    /**
     * Clears the account's count. An address's count only ages out: otherwise whoever holds one valid credential could
     * clear it between guesses at other accounts.
     */
    public void succeeded(String account) {
        accounts.remove(account);
    }

    private static Optional<Duration> blockedFor(Map<String, Failures> counts, String key, Instant now) {
        Failures failures = key == null ? null : counts.get(key);
        return failures == null || failures.blockedUntil() == null || !now.isBefore(failures.blockedUntil())
                ? Optional.empty()
                : Optional.of(Duration.between(now, failures.blockedUntil()));
    }

    private void count(Map<String, Failures> counts, String key, int limit, Instant now) {
        if (key == null) {
            return;
        }
        if (counts.size() > PURGE_ABOVE) {
            counts.values().removeIf(failures -> failures.forgotten(now, window));
        }
        if (counts.size() >= MAX_TRACKED && !counts.containsKey(key)) {
            return;
        }
        counts.compute(key, (k, failures) -> failures == null || failures.forgotten(now, window)
                ? Failures.first(now, limit, window)
                : failures.next(now, limit, window));
    }

    /**
     * The failures of one key since {@code since}; refused until {@code blockedUntil} once they reach the limit.
     */
    private record Failures(int count, Instant since, Instant blockedUntil) {

        static Failures first(Instant now, int limit, Duration window) {
            return new Failures(1, now, limit <= 1 ? now.plus(window) : null);
        }

        Failures next(Instant now, int limit, Duration window) {
            int failures = count + 1;
            return new Failures(failures, since, failures >= limit ? now.plus(window) : null);
        }

        /** Whether the failures no longer count: the window passed, and any refusal with it. */
        boolean forgotten(Instant now, Duration window) {
            return blockedUntil != null ? !now.isBefore(blockedUntil) : !now.isBefore(since.plus(window));
        }
    }
}
