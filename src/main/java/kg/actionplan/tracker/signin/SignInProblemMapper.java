package kg.actionplan.tracker.signin;

import static kg.actionplan.tracker.common.ProblemMapper.path;
import static kg.actionplan.tracker.common.ProblemMapper.respond;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import kg.actionplan.tracker.common.Problem;
import kg.actionplan.tracker.common.ProblemTypes;

/**
 * The problem details of refused sign-ins; plain failures are 401s of the common mapper.
 */
public class SignInProblemMapper {

    @ServerExceptionMapper
    public Response throttled(SignInThrottledException e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(ProblemTypes.TOO_MANY_FAILED_SIGN_INS,
                        "Too many failed sign-ins", 429, "Too many failed sign-ins for this account or from this "
                        + "address. Try again in " + e.retryAfterSeconds() + " s.", path(uri), null)))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response busy(SignInBusyException e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(ProblemTypes.SIGN_IN_BUSY, "Sign-in busy", 503,
                        "Every password check is busy. Try again shortly, or use an API token.", path(uri), null)))
                .header(HttpHeaders.RETRY_AFTER, 1).build();
    }

    @ServerExceptionMapper
    public Response csrf(CsrfTokenRejectedException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.CSRF_TOKEN_INVALID, "CSRF token missing or wrong", 403,
                "A write signed in by a session cookie needs the session's CSRF token in the X-CSRF-Token header.",
                path(uri), null));
    }
}
