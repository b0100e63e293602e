package kg.actionplan.tracker.common;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every request a {@code @QuarkusTest} makes through REST Assured, and the answer it gets, to openapi.yaml: an
 * exchange that breaks the contract fails the test that made it. Registered for every {@code @QuarkusTest} through
 * META-INF/services, so that no test can forget it.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    private static final OpenApiContract CONTRACT = OpenApiContract.read(Path.of("openapi.yaml"));
    private static final Checker CHECKER = new Checker();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    /**
     * Puts the check on every REST Assured request made from now on in this class loader; the tests of the packaged
     * service, which are not {@code @QuarkusTest}s, call it when they start the service.
     */
    public static void install() {
        if (!RestAssured.filters().contains(CHECKER)) {
            RestAssured.filters(CHECKER);
        }
    }

    private static final class Checker implements OrderedFilter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
                FilterContext context) {
            Response response = context.next(request, expected);
            Object body = request.getBody();
            Map<String, String> headers = response.getHeaders().asList().stream()
                    .collect(Collectors.toMap(header -> header.getName().toLowerCase(Locale.ROOT), Header::getValue,
                            (first, second) -> first));
            List<String> breaches = CONTRACT.breaches(new OpenApiContract.Exchange(request.getMethod(),
                    URI.create(request.getURI()), Optional.ofNullable(request.getContentType()),
                    body instanceof String text ? Optional.of(text)
                            : body instanceof byte[] bytes ? Optional.of(new String(bytes, StandardCharsets.UTF_8))
                                    : Optional.empty(),
                    response.getStatusCode(), Optional.ofNullable(response.getContentType()).filter(type -> !type.isEmpty()),
                    headers, response.asByteArray()));
            if (!breaches.isEmpty()) {
                throw new AssertionError("The exchange breaks openapi.yaml:\n  " + String.join("\n  ", breaches)
                        + "\nResponse body: " + abbreviated(response.asString()));
            }
            return response;
        }

        @Override
        public int getOrder() {
            // Last before sending: the request is judged as it goes out, after every other filter changed it.
            return OrderedFilter.LOWEST_PRECEDENCE;
        }

        private static String abbreviated(String text) {
            return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
        }
    }
}
