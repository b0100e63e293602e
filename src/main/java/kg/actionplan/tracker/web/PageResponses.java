package kg.actionplan.tracker.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.arc.Arc;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import kg.actionplan.tracker.common.ClientRequest;
import kg.actionplan.tracker.common.Problem;

/**
 * What every page's response gets: without a session, the cookie of the token its forms carry; and where the API
 * would answer with a problem detail, a page with the same status, title and detail, in the reader's language. A
 * page that needs a signed-in account sends the browser to sign in, and back afterwards. The pages are strict about
 * what they load: only the service's own styles, no script.
 */
public class PageResponses {

    /** Pages load nothing but the service's own stylesheet; the charts are inline SVG. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String detail, List<Problem.Error> errors);
    }

    private final PageContext page;
    private final CurrentIdentityAssociation identities;

    PageResponses(PageContext page, CurrentIdentityAssociation identities) {
        this.page = page;
        this.identities = identities;
    }

    /** The API and Quarkus' own endpoints answer with problem details; everything else is a page. */
    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/q/");
    }

    @ServerExceptionMapper
    public Response signInRequired(SignInRequiredException e, RoutingContext request) {
        return toSignInAndBack(request);
    }

    /**
     * A page refused before its resource ran (no account, or the wrong role) is answered on the I/O thread: the
     * identity is then resolved without blocking before the page is decorated.
     */
    @ServerResponseFilter
    public Uni<Void> pageResponse(ContainerResponseContext response, RoutingContext request) {
        if (isApi(request.normalizedPath())) {
            return Uni.createFrom().voidItem();
        }
        if (response.getEntity() instanceof Problem problem && problem.status() == 401) {
            // The redirect replaces the problem: nothing of it (its challenge, its type) is left on the response.
            response.setStatus(303);
            response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, toSignInAndBack(request).getLocation());
            response.setEntity(null);
            return Uni.createFrom().voidItem();
        }
        if (!Arc.container().requestContext().isActive()) {
            // An address that matches no resource: no page context, and nothing about the caller to show.
            return Uni.createFrom().voidItem();
        }
        // When the credentials themselves were refused (a write without its CSRF token), the refusal is already
        // the response: it is shown as to someone not signed in.
        return identities.getDeferredIdentity()
                .onFailure().recoverWithItem(() -> QuarkusSecurityIdentity.builder().setAnonymous(true).build())
                .invoke(identity -> {
                    page.resolvedAs(identity);
                    decorate(response, request);
                }).replaceWithVoid();
    }

    private void decorate(ContainerResponseContext response, RoutingContext request) {
        if (response.getEntity() instanceof Problem problem) {
            List<Problem.Error> errors = problem.errors() == null ? List.of() : problem.errors();
            response.setEntity(Templates.error(problem.status(), problem.detail(), errors).render(),
                    null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
        if (response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            page.issueFormToken().ifPresent(token -> response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    cookie(PageContext.FORM_COOKIE, token, request)));
        }
    }

    /** To sign in, then back to the page asked for; after a form, whose data is gone by then, to the start. */
    private Response toSignInAndBack(RoutingContext request) {
        String next = "GET".equals(request.request().method().name()) ? page.here() : "/";
        return Response.seeOther(URI.create("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)))
                .build();
    }

    /** A cookie of the pages: sent back only to this service, never to scripts, over TLS when the page came so. */
    static NewCookie cookie(String name, String value, RoutingContext request) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true)
                .secure(ClientRequest.overTls(request)).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
