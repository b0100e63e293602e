package kg.actionplan.tracker.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.RoutingContext;

import kg.actionplan.tracker.account.AccountService;
import kg.actionplan.tracker.common.ClientRequest;
import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.session.SessionResource;
import kg.actionplan.tracker.session.SessionService;
import kg.actionplan.tracker.session.SignInRequest;
import kg.actionplan.tracker.signin.SignInThrottledException;

/**
 * Signing in and out of the pages, through the same browser sessions as the API, and the language switch.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String next, String username, String failure);
    }

    private final SessionService sessions;
    private final AccountService accounts;
    private final PageContext page;

    SignInPages(SessionService sessions, AccountService accounts, PageContext page) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.page = page;
    }

    @GET
    @Path("sign-in")
    public Object signInForm(@RestQuery String next) {
        if (page.isSignedIn()) {
            return Response.seeOther(URI.create(local(next))).build();
        }
        return Templates.signIn(local(next), "", null);
    }

    @POST
    @Path("sign-in")
    public Object signIn(@RestForm String username, @RestForm String password, @RestForm String next,
            RoutingContext request) {
        if (username == null || password == null) {
            return failed(next, orBlank(username));
        }
        try {
            SessionService.Started started = sessions.signIn(new SignInRequest(username, password),
                    ClientRequest.address(request));
            return Response.seeOther(URI.create(local(next)))
                    .cookie(SessionResource.cookie(started.secret(), request, -1)).build();
        } catch (AuthenticationFailedException e) {
            return failed(next, username);
        } catch (SignInThrottledException e) {
            return Response.status(429).header("Retry-After", e.retryAfterSeconds())
                    .entity(Templates.signIn(local(next), username, "signInThrottled")).build();
        }
    }

    @POST
    @Path("sign-out")
    public Response signOut(RoutingContext request) {
        page.caller().ifPresent(sessions::signOut);
        return Response.seeOther(URI.create("/sign-in")).cookie(SessionResource.cookie("", request, 0)).build();
    }

    /**
     * Shows the pages in {@code language} from now on: for the signed-in account wherever it signs in, and in this
     * browser before signing in.
     */
    @POST
    @Path("language")
    public Response changeLanguage(@RestForm String language, @RestForm String next, RoutingContext request) {
        Language chosen = Language.fromCode(language).orElse(page.language());
        page.caller().ifPresent(caller -> accounts.changeOwnLanguage(caller, chosen));
        return Response.seeOther(URI.create(local(next)))
                .cookie(PageResponses.cookie(PageContext.LANGUAGE_COOKIE, chosen.code(), request)).build();
    }

    private Response failed(String next, String username) {
        return Response.status(401).entity(Templates.signIn(local(next), username, "signInFailed")).build();
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }

    /**
     * Where to go back to: a page of this service, never another site ({@code //host} or {@code /\host} included).
     */
    static String local(String next) {
        boolean safe = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && next.chars().noneMatch(Character::isISOControl);
        try {
            return safe && URI.create(next).getHost() == null ? next : "/";
        } catch (IllegalArgumentException notAnAddress) {
            return "/";
        }
    }
}
