package kg.actionplan.tracker.signin;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

import org.jboss.logging.Logger;

import kg.actionplan.tracker.account.Credential;

/**
 * The bookkeeping of every sign-in attempt, whatever the credential: admits it or refuses it by the throttle, and
 * counts, logs and remembers its failure, naming the account and address, never the secret. The counters are
 * {@code tracker_sign_in_failures_total} and {@code tracker_sign_in_refusals_total} at /q/metrics.
 */
@ApplicationScoped
public class SignInAttempts {

    private static final Logger LOG = Logger.getLogger(SignInAttempts.class);

    private final SignInThrottle throttle;
    private final MeterRegistry registry;

    SignInAttempts(SignInThrottle throttle, MeterRegistry registry) {
        this.throttle = throttle;
        this.registry = registry;
    }

    /**
     * Lets the attempt be checked, or throws while the account (null for a token) or the address is refused.
     */
    public void admit(Credential credential, String account, String address) {
        try {
            throttle.refuseIfBlocked(account, address);
        } catch (SignInThrottledException e) {
            refused(credential, account, address, "throttled");
            throw e;
        }
    }

    /**
     * A credential that proved nothing. A token's failure counts against the address only, even when the token
     * named an account: a system that keeps calling with an expired token must not lock the account's people out.
     */
    public void failed(Credential credential, String account, String address, String reason) {
        throttle.failed(credential == Credential.TOKEN ? null : account, address);
        LOG.warnf("Failed sign-in with %s for account %s from %s: %s", credential, printable(account),
                printable(address), reason);
        registry.counter("tracker.sign.in.failures", "credential", credential.name(), "reason", reason).increment();
    }

    /**
     * An attempt turned away unchecked, because of earlier failures or because every password check was busy.
     */
    public void refused(Credential credential, String account, String address, String reason) {
        LOG.debugf("Refused sign-in with %s for account %s from %s: %s", credential, printable(account),
                printable(address), reason);
        registry.counter("tracker.sign.in.refusals", "credential", credential.name(), "reason", reason).increment();
    }

    /**
     * A password that opened its account: the account's failures are forgotten.
     */
    public void succeeded(String account) {
        throttle.succeeded(account);
    }

    /**
     * A name as the client sent it, made safe for one log line.
     */
    private static String printable(String value) {
        if (value == null) {
            return "-";
        }
        String shortened = value.length() > 64 ? value.substring(0, 64) + "…" : value;
        return "'" + shortened.replaceAll("[^\\p{L}\\p{N}\\p{P}\\p{S} ]", "?") + "'";
    }
}
