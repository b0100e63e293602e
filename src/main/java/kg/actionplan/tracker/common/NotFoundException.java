package kg.actionplan.tracker.common;

/**
 * The addressed resource does not exist, or the caller may not know that it does.
 */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(404, ProblemTypes.NOT_FOUND, "Not found", detail, null);
    }
}
