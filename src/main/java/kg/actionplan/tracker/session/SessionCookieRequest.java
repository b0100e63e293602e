package kg.actionplan.tracker.session;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * The secret of a session cookie, whether the request writes, and the CSRF token it carries (or null).
 */
public class SessionCookieRequest extends BaseAuthenticationRequest {

    private final String secret;
    private final boolean write;
    private final String csrfToken;

    SessionCookieRequest(String secret, boolean write, String csrfToken) {
        this.secret = secret;
        this.write = write;
        this.csrfToken = csrfToken;
    }

    String secret() {
        return secret;
    }

    boolean write() {
        return write;
    }

    String csrfToken() {
        return csrfToken;
    }
}
