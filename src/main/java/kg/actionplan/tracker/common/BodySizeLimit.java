package kg.actionplan.tracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses a request whose body exceeds the HTTP limit (quarkus.http.limits.max-body-size) with a problem detail, for
 * every endpoint: at once when Content-Length declares too much; when the body comes in chunks, its length undeclared,
 * as soon as more than the limit has arrived.
 *
 * <p>A chunked body is read here, before any resource, and handed on whole as the request's body, which RESTEasy
 * Reactive then reads instead of the connection. Left to RESTEasy Reactive, it met the HTTP layer's own check only as
 * far as a resource's parameter was read (VertxInputStream): what followed the JSON value went uncounted, and a body
 * that did go over ended as a bare 413 followed by an IOException, which the error mapper logged as an unexpected
 * failure.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final Logger LOG = Logger.getLogger(BodySizeLimit.class);

    private final long limit;
    private final ObjectMapper mapper;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper mapper) {
        this.limit = limit.asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > limit) {
                refuse(context);
            } else {
                context.next();
            }
        } else if (isChunked(request) && !request.isEnded()) {
            readWithinLimit(context);
        } else {
            context.next();
        }
    }

    /**
     * A body of undeclared length in HTTP/1.1. HTTP/2 bodies need no Content-Length either, but stay with the HTTP
     * layer's own check: RESTEasy Reactive pauses every request it begins, and Vert.x refuses to pause an HTTP/2
     * request that has been read to its end.
     */
    private static boolean isChunked(HttpServerRequest request) {
        return request.version() != HttpVersion.HTTP_2 && request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /**
     * Reads the body into memory while it stays within the limit, then hands it on as the request's body; refuses the
     * request, which takes over its remaining input, as soon as it grows beyond.
     */
    private void readWithinLimit(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + chunk.length() > limit) {
                refuse(context);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(end -> {
            // The public RoutingContext.setBody is deprecated in favour of this one, which Vert.x's BodyHandler uses.
            ((RoutingContextInternal) context).setBody(body);
            context.next();
        });
        // A client that asks leave to send its body (Expect: 100-continue) is given it here: RESTEasy Reactive gives
        // it only once a resource reads the body, and no resource is reached before the body has been read.
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        request.resume();
    }

    private void refuse(RoutingContext context) {
        HttpServerRequest request = context.request();
        LOG.infof("Refused request %s %s from %s: body over the limit of %d bytes", request.method(), request.path(),
                ClientRequest.address(context), limit);
        HttpServerResponse response = context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        // HTTP/2 ends the request's stream alone, and forbids this header.
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        if (http1) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body(request.path()));
        if (http1) {
            closeOnceRead(request);
        }
    }

    /**
     * Ends the connection of a refused HTTP/1.1 request, which cannot skip the rest of its body: once the client has
     * sent all of it, or more than twice the limit in all. Until then what it sends is read and dropped, since closing
     * with data unread may lose the answer for a client that reads none before it has sent its whole body.
     */
    private void closeOnceRead(HttpServerRequest request) {
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        request.handler(chunk -> {
            if (request.bytesRead() > 2 * limit) {
                request.connection().close();
            }
        });
        request.endHandler(end -> request.connection().close());
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
