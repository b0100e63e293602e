package kg.actionplan.tracker.web;

import java.util.Optional;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import kg.actionplan.tracker.account.AccountIdentity;
import kg.actionplan.tracker.account.Credential;
import kg.actionplan.tracker.signin.CsrfTokenRejectedException;
import kg.actionplan.tracker.signin.Secrets;

/**
 * Every form of the pages carries a CSRF token in its {@value PageContext#CSRF_FIELD} field: signed in, the browser
 * session's own token; before signing in, the token of the {@value PageContext#FORM_COOKIE} cookie. A form without
 * the right one is refused (403) before its resource runs, whatever it would have changed. Forms are accepted only
 * from browser sessions: a password or token sent with a form may be one a browser remembered for another site.
 */
public class PageCsrfFilter {

    private final CurrentIdentityAssociation identities;

    PageCsrfFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @WithFormRead
    @ServerRequestFilter
    public Uni<Response> checkForm(ResteasyReactiveContainerRequestContext context, RoutingContext request) {
        if (!HttpMethod.POST.equals(context.getMethod()) || PageResponses.isApi(request.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        // A POST to a page that is no form (no body, JSON, multipart) carries no token in a field: refused like a
        // form without one.
        MediaType type = context.getMediaType();
        String sent = type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                ? (String) ((ResteasyReactiveRequestContext) context.getServerRequestContext())
                        .getFormParameter(PageContext.CSRF_FIELD, true, false)
                : null;
        return identities.getDeferredIdentity().map(identity -> {
            if (expected(identity, request).filter(token -> Secrets.same(token, sent)).isEmpty()) {
                throw new CsrfTokenRejectedException();
            }
            return null;
        });
    }

    private static Optional<String> expected(SecurityIdentity identity, RoutingContext request) {
        if (identity.isAnonymous()) {
            return PageContext.formCookie(request);
        }
        return identity.getAttribute(AccountIdentity.CREDENTIAL) == Credential.SESSION
                ? Optional.of(identity.<String>getAttribute(AccountIdentity.SESSION_CSRF_TOKEN))
                : Optional.empty();
    }
}
