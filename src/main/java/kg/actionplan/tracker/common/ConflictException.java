package kg.actionplan.tracker.common;

/**
 * The request contradicts the current state of the resource.
 */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(409, ProblemTypes.CONFLICT, "Conflict", detail, null);
    }

    /**
     * A conflict with a resource that already exists at {@code existing}.
     */
    public ConflictException(String detail, String existing) {
        super(409, ProblemTypes.CONFLICT, "Conflict", detail, null, existing);
    }
}
