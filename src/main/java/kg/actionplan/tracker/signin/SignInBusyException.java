package kg.actionplan.tracker.signin;

/**
 * Every password-checking thread is busy and the queue is full: answered 503 at once rather than waiting, so that a
 * flood of password attempts cannot hold the service's request threads.
 */
public class SignInBusyException extends RuntimeException {

    public SignInBusyException() {
        super("every password check is busy");
    }
}
