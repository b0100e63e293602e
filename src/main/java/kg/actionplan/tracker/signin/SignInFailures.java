package kg.actionplan.tracker.signin;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

import org.jboss.logging.Logger;

import kg.actionplan.tracker.account.Credential;

/**
 * Logs and counts failed and refused sign-ins: the account and address, never the secret. The counters are
 * {@code tracker_sign_in_failures_total} and {@code tracker_sign_in_refusals_total} at /q/metrics.
 */
@ApplicationScoped
public class SignInFailures {

    private static final Logger LOG = Logger.getLogger(SignInFailures.class);

    private final MeterRegistry registry;

    SignInFailures(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * A credential that did not prove anything: {@code account} is null when none was named (a token).
     */
    public void failed(Credential credential, String account, String address, String reason) {
        LOG.warnf("Failed sign-in with %s for account %s from %s: %s", credential, printable(account),
                printable(address), reason);
        registry.counter("tracker.sign.in.failures", "credential", credential.name(), "reason", reason).increment();
    }

    /**
     * An attempt refused unchecked, because of earlier failures or because every password check was busy.
     */
    public void refused(Credential credential, String account, String address, String reason) {
        LOG.debugf("Refused sign-in with %s for account %s from %s: %s", credential, printable(account),
                printable(address), reason);
        registry.counter("tracker.sign.in.refusals", "credential", credential.name(), "reason", reason).increment();
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
