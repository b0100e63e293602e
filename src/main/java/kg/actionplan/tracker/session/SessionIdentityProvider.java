package kg.actionplan.tracker.session;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Signs in the request of a browser by its session cookie: a lookup by hash, no password.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionCookieRequest> {

    private final SessionService sessions;

    SessionIdentityProvider(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionCookieRequest> getRequestType() {
        return SessionCookieRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionCookieRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.authenticate(request.secret(), request.write(), request.csrfToken()));
    }
}
