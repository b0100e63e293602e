package kg.actionplan.tracker.account;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import at.favre.lib.crypto.bcrypt.BCrypt;

import kg.actionplan.tracker.common.TrackerConfig;

/**
 * bcrypt hashing of passwords. A check against an unknown user still costs one hash, so response times do not
 * tell which usernames exist.
 */
@ApplicationScoped
public class PasswordHasher {

    private final int cost;
    private final byte[] decoy;

    PasswordHasher(TrackerConfig config) {
        this.cost = config.security().bcryptCost();
        this.decoy = BCrypt.withDefaults().hash(cost, "decoy-password-never-matches".toCharArray());
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /**
     * Spends the time of one check, for a login whose username is unknown; never matches.
     */
    public boolean matchNothing(String password) {
        BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), decoy);
        return false;
    }
}
