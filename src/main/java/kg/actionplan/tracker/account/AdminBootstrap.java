package kg.actionplan.tracker.account;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import kg.actionplan.tracker.common.TrackerConfig;

import org.jboss.logging.Logger;

/**
 * Gives a new service its first administrator, {@code admin}, so that nothing ships with a default password: the
 * password comes from configuration, or is generated and logged this once.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final TrackerConfig config;

    AdminBootstrap(AccountService accounts, TrackerConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        boolean generated = config.bootstrap().adminPassword().isEmpty();
        if (config.bootstrap().adminPassword().filter(p -> p.length() < AccountRequests.MIN_PASSWORD).isPresent()) {
            throw new IllegalStateException("tracker.bootstrap.admin-password must be at least "
                    + AccountRequests.MIN_PASSWORD + " characters long");
        }
        String password = config.bootstrap().adminPassword().orElseGet(AdminBootstrap::randomPassword);
        if (accounts.createAdminIfAbsent(password)) {
            if (generated) {
                LOG.warnf("Created the first administrator 'admin' with the generated password %s. "
                        + "It is shown only this once: change it with PATCH /api/v1/users/admin.", password);
            } else {
                LOG.info("Created the first administrator 'admin' with the password from "
                        + "tracker.bootstrap.admin-password.");
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
