package kg.actionplan.tracker.session;

import static kg.actionplan.tracker.common.Problem.BODY_REQUIRED;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;

import kg.actionplan.tracker.account.CurrentCaller;
import kg.actionplan.tracker.common.ClientRequest;

/**
 * Sign-in and sign-out of browsers: a session cookie (HttpOnly, SameSite=Strict, Secure over TLS) instead of a
 * password on every request.
 */
@Path("/api/v1/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in", description = "Browser sessions: sign in, the CSRF token, sign out.")
public class SessionResource {

    private final SessionService sessions;
    private final CurrentCaller caller;

    SessionResource(SessionService sessions, CurrentCaller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with a username and password and open a browser session",
            description = "Sets the session cookie. Writes made with the cookie must carry the returned csrfToken in "
                    + "the X-CSRF-Token header.")
    @APIResponse(responseCode = "201", description = "The session; the cookie is set.",
            headers = @Header(name = "Set-Cookie", description = "The session cookie.", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", description = "Unknown account, disabled account or wrong password.")
    @APIResponse(responseCode = "422", description = "The body breaks a rule.")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins for the account or from the address; see Retry-After.")
    @APIResponse(responseCode = "503", description = "Every password check is busy; try again shortly.")
    public Response signIn(@Valid @NotNull(message = BODY_REQUIRED) SignInRequest body, @Context RoutingContext request) {
        SessionService.Started started = sessions.signIn(body, ClientRequest.address(request));
        return Response.created(URI.create("/api/v1/session")).entity(started.session())
                .cookie(cookie(started.secret(), request, -1)).build();
    }

    @GET
    @Authenticated
    @SecurityRequirement(name = "session")
    @Operation(summary = "The browser session of this request, with its CSRF token")
    @APIResponse(responseCode = "200", description = "The session.")
    @APIResponse(responseCode = "401", description = "No, ended or expired session.")
    @APIResponse(responseCode = "404", description = "The request was signed in otherwise than by a session cookie.")
    public SessionView getSession() {
        return sessions.current(caller.get());
    }

    @DELETE
    @Authenticated
    @SecurityRequirement(name = "session")
    @Operation(summary = "Sign out: end the browser session of this request and clear its cookie")
    @APIResponse(responseCode = "204", description = "Signed out.")
    @APIResponse(responseCode = "401", description = "No, ended or expired session.")
    @APIResponse(responseCode = "403", description = "No or wrong X-CSRF-Token.")
    public Response signOut(@Context RoutingContext request) {
        sessions.signOut(caller.get());
        return Response.noContent().cookie(cookie("", request, 0)).build();
    }

    /**
     * The session cookie with {@code value}; a {@code maxAge} of 0 clears it, -1 keeps it until the browser closes.
     */
    public static NewCookie cookie(String value, RoutingContext request, int maxAge) {
        return new NewCookie.Builder(SessionService.COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(ClientRequest.overTls(request))
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }
}
