package kg.actionplan.tracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body (Content-Length) exceeds the HTTP limit with a problem detail before the
 * body is read. The HTTP layer's own refusal, which remains for chunked bodies without a declared length, has no
 * body.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long limit;
    private final ObjectMapper mapper;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper mapper) {
        this.limit = limit.asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > limit) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body(context.request().path()));
                return;
            }
            context.next();
        });
    }

    private String body(String path) {
        try {
            return mapper.writeValueAsString(new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413,
                    "The request body is larger than the " + limit + " bytes this service accepts.", path, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
