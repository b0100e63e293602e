package kg.actionplan.tracker.common;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body must say what it is: one without a Content-Type is refused (415) rather than read as JSON on trust.
 */
public class ContentTypeRequired {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseUntypedBody(ContainerRequestContext request) {
        boolean hasBody = request.hasEntity() || request.getLength() > 0
                || request.getHeaders().containsKey("Transfer-Encoding");
        if (!hasBody || request.getHeaders().containsKey(HttpHeaders.CONTENT_TYPE)) {
            return Optional.empty();
        }
        return Optional.of(ProblemMapper.respond(new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type", 415, "The request has a body but no Content-Type: send it as "
                        + "application/json.", request.getUriInfo().getRequestUri().getRawPath(), null)));
    }
}
