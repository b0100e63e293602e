package kg.actionplan.tracker.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose body exceeds its limit with a problem detail, for every endpoint: at once when
 * Content-Length declares too much; when the body comes in chunks, its length undeclared, as soon as more than the
 * limit has arrived. The limit is 1 MiB, except for a plan document imported through {@code POST /api/v1/plans}, which
 * may be as large as tracker.plans.max-document-size. The HTTP layer's own limit (quarkus.http.limits.max-body-size)
 * is set to that larger size, so that it refuses nothing before this check has chosen the limit of the route.
 *
 * <p>A chunked body is read here, before any resource, and handed on whole as the request's body, which RESTEasy
 * Reactive then reads instead of the connection. Left to RESTEasy Reactive, it met the HTTP layer's own check only as
 * far as a resource's parameter was read (VertxInputStream): what followed the JSON value went uncounted, and a body
 * that did go over ended as a bare 413 followed by an IOException, which the error mapper logged as an unexpected
 * failure. An HTTP/2 body of undeclared length cannot be read ahead (see {@link #isChunked}); it is counted as the
 * resource reads it, which may leave what follows the JSON value uncounted.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final Logger LOG = Logger.getLogger(BodySizeLimit.class);

    /** The limit of every body but a plan document. */
    private static final long ANY_BODY = 1024 * 1024;
    /** Where plan documents are imported (PlanResource); only a POST there may send one. */
    private static final String PLAN_IMPORT = "/api/v1/plans";

    private final long planDocumentLimit;
    private final ObjectMapper mapper;

    BodySizeLimit(TrackerConfig config, ObjectMapper mapper) {
        this.planDocumentLimit = config.plans().maxDocumentSize().asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        long limit = limitOf(context);
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > limit) {
                refuse(context, limit);
            } else {
                context.next();
            }
        } else if (isChunked(request) && !request.isEnded()) {
            readWithinLimit(context, limit);
        } else {
            context.next();
        }
    }

    private long limitOf(RoutingContext context) {
        return isPlanImport(context) ? planDocumentLimit : ANY_BODY;
    }

    /**
     * A POST to exactly the import's path, normalised as RESTEasy Reactive matches it. Any other spelling of the path
     * gets the smaller limit, never the larger.
     */
    private static boolean isPlanImport(RoutingContext context) {
        return context.request().method() == HttpMethod.POST && PLAN_IMPORT.equals(context.normalizedPath());
    }

    /**
     * Counts an HTTP/2 body of undeclared length as the resource reads it: the read that takes it past the route's
     * limit fails, and the request is refused with the same problem as here.
     */
    @ServerRequestFilter
    void countAsRead(ContainerRequestContext request, RoutingContext context) {
        HttpServerRequest http = context.request();
        if (http.version() == HttpVersion.HTTP_2 && http.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && http.method() != HttpMethod.GET && http.method() != HttpMethod.HEAD) {
            request.setEntityStream(new CountedBody(request.getEntityStream(), context));
        }
    }

    /**
     * A body of undeclared length in HTTP/1.1. HTTP/2 bodies need no Content-Length either, but are counted as they are
     * read instead ({@link #countAsRead}): RESTEasy Reactive pauses every request it begins, and Vert.x refuses to pause
     * an HTTP/2 request that has been read to its end.
     */
    private static boolean isChunked(HttpServerRequest request) {
        return request.version() != HttpVersion.HTTP_2 && request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /**
     * Reads the body into memory while it stays within the limit, then hands it on as the request's body; refuses the
     * request, which takes over its remaining input, as soon as it grows beyond.
     */
    private void readWithinLimit(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + chunk.length() > limit) {
                refuse(context, limit);
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

    private void refuse(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        logRefusal(context, limit);
        HttpServerResponse response = context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        // HTTP/2 ends the request's stream alone, and forbids this header.
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        if (http1) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body(request.path(), limit, isPlanImport(context)));
        if (http1) {
            closeOnceRead(request, limit);
        }
    }

    /**
     * Ends the connection of a refused HTTP/1.1 request, which cannot skip the rest of its body: once the client has
     * sent all of it, or more than twice the limit in all. Until then what it sends is read and dropped, since closing
     * with data unread may lose the answer for a client that reads none before it has sent its whole body.
     */
    private static void closeOnceRead(HttpServerRequest request, long limit) {
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

    private static void logRefusal(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        LOG.infof("Refused request %s %s from %s: body over the limit of %d bytes", request.method(), request.path(),
                ClientRequest.address(context), limit);
    }

    private String body(String path, long limit, boolean planDocument) {
        try {
            return mapper.writeValueAsString(new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413,
                    detail(limit, planDocument), path, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String detail(long limit, boolean planDocument) {
        return (planDocument ? "The plan document" : "The request body") + " is larger than the " + limit
                + " bytes this service accepts.";
    }

    /**
     * A body that fails the read that takes it past its route's limit.
     */
    private final class CountedBody extends FilterInputStream {

        private final RoutingContext context;
        private final long limit;
        private long count;

        CountedBody(InputStream body, RoutingContext context) {
            super(body);
            this.context = context;
            this.limit = limitOf(context);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            counted(read < 0 ? 0 : 1);
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            counted(Math.max(read, 0));
            return read;
        }

        private void counted(int bytes) throws PayloadTooLargeException {
            count += bytes;
            if (count > limit) {
                logRefusal(context, limit);
                throw new PayloadTooLargeException(detail(limit, isPlanImport(context)));
            }
        }
    }
}
