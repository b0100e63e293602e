package kg.actionplan.tracker.signin;

/**
 * A write that came with a session cookie but without the session's CSRF token: another site may have sent it.
 */
public class CsrfTokenRejectedException extends RuntimeException {

    public CsrfTokenRejectedException() {
        super("missing or wrong CSRF token");
    }
}
