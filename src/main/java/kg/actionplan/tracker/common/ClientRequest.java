package kg.actionplan.tracker.common;

import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Where a request came from and how: the client's address and whether it came over TLS, as the peer shows them or,
 * when quarkus.http.proxy.proxy-address-forwarding is on, as a trusted proxy forwarded them.
 */
public final class ClientRequest {

    private ClientRequest() {
    }

    /**
     * The client's address, or null outside an HTTP request.
     */
    public static String address(RoutingContext context) {
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        return address == null ? null : address.hostAddress();
    }

    public static String address(AuthenticationRequest request) {
        return address(HttpSecurityUtils.getRoutingContextAttribute(request));
    }

    public static boolean overTls(RoutingContext context) {
        return "https".equalsIgnoreCase(context.request().scheme());
    }
}
