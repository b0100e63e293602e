package kg.actionplan.tracker.signin;

import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The address a request came from: the peer's, or the client's as a trusted proxy forwarded it when
 * quarkus.http.proxy.proxy-address-forwarding is on.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(RoutingContext context) {
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        return address == null ? null : address.hostAddress();
    }

    public static String of(AuthenticationRequest request) {
        return of(HttpSecurityUtils.getRoutingContextAttribute(request));
    }
}
