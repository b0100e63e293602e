package kg.actionplan.tracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Headers that tell browsers to take every response as what it says it is, never to show it in a frame, to send no
 * referrer elsewhere and, once they have reached the service over TLS, to use TLS only. The pages set a stricter
 * content security policy of their own (PageResponses). CORS stays off unless quarkus.http.cors is configured.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** One year, the usual HSTS lifetime. */
    private static final String HSTS = "max-age=31536000; includeSubDomains";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            boolean tls = ClientRequest.overTls(context);
            context.addHeadersEndHandler(done -> {
                var headers = context.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                if (!headers.contains("Content-Security-Policy")) {
                    headers.set("Content-Security-Policy", "frame-ancestors 'none'");
                }
                headers.set("Referrer-Policy", "no-referrer");
                if (tls) {
                    headers.set("Strict-Transport-Security", HSTS);
                }
            });
            context.next();
        });
    }
}
