package kg.actionplan.tracker.common;

/**
 * The caller is known but may not do this, for a reason the detail states.
 */
public class NotPermittedException extends ProblemException {

    public NotPermittedException(String detail) {
        super(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, null);
    }
}
