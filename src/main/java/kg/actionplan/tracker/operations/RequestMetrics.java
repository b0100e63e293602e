package kg.actionplan.tracker.operations;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * The request timings at /q/metrics ({@code http_server_requests_seconds_*} by method, route and status) name routes,
 * never paths.
 *
 * <p>Quarkus tags a request with the template of the resource method that answered it ({@code /api/v1/reports/{id}}),
 * but a request refused before a resource method is chosen keeps the path it was sent to: a 405 for a method the route
 * lacks, a 413 from BodySizeLimit. Such a path carries report ids, user names and e-mail addresses, and each new one
 * would be a new time series, so a client could fill Prometheus at will. Here a uri that is no route of the API
 * becomes UNKNOWN, as Quarkus itself calls an unmatched request, and a method HTTP does not define becomes OTHER.
 * Quarkus' own words (NOT_FOUND, REDIRECTION, UNKNOWN, root) pass unchanged: they never begin with a slash.
 */
@Singleton
public class RequestMetrics {

    static final String REQUESTS = "http.server.requests";
    static final String UNKNOWN_ROUTE = "UNKNOWN";
    static final String OTHER_METHOD = "OTHER";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "CONNECT");

    @Produces
    @Singleton
    MeterFilter routesOnly(BeanManager beans) {
        Set<String> routes = routes(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .<Class<?>>map(Bean::getBeanClass).filter(type -> type.isAnnotationPresent(Path.class)).distinct());
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!REQUESTS.equals(id.getName())) {
                    return id;
                }
                String uri = id.getTag("uri");
                String method = id.getTag("method");
                Tags tags = Tags.of(id.getTagsAsIterable());
                if (uri != null && uri.startsWith("/") && !routes.contains(uri)) {
                    tags = tags.and("uri", UNKNOWN_ROUTE);
                }
                if (method != null && !METHODS.contains(method)) {
                    tags = tags.and("method", OTHER_METHOD);
                }
                return id.replaceTags(tags);
            }
        };
    }

    /**
     * The route templates of the resource classes, as Quarkus writes them in the uri tag: the class's path followed
     * by the method's.
     */
    static Set<String> routes(Stream<Class<?>> resources) {
        Set<String> routes = new HashSet<>();
        resources.forEach(resource -> {
            String base = resource.getAnnotation(Path.class).value();
            routes.add(join(base, ""));
            for (Method method : resource.getDeclaredMethods()) {
                Path path = method.getAnnotation(Path.class);
                if (path != null) {
                    routes.add(join(base, path.value()));
                }
            }
        });
        return routes;
    }

    private static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
