package kg.actionplan.tracker.web;

/**
 * A page that needs a signed-in account was asked for without a browser session: PageErrors sends the browser to
 * sign in, and back afterwards.
 */
class SignInRequiredException extends RuntimeException {

    SignInRequiredException() {
        super("this page needs a browser session");
    }
}
