package kg.actionplan.tracker.account;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authenticated caller of the current request.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        return of(identity);
    }

    /**
     * The caller that {@code identity} signs in.
     */
    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Role role = Arrays.stream(Role.values()).filter(r -> identity.hasRole(r.name())).findFirst()
                .orElseThrow(UnauthorizedException::new);
        return new Caller(identity.getPrincipal().getName(), role,
                Optional.ofNullable(identity.<String>getAttribute(AccountIdentity.AGENCY)),
                identity.<Credential>getAttribute(AccountIdentity.CREDENTIAL),
                Optional.ofNullable(identity.<Long>getAttribute(AccountIdentity.CREDENTIAL_ID)));
    }
}
