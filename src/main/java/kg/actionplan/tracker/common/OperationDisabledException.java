package kg.actionplan.tracker.common;

/**
 * An operation that this deployment's configuration switches off.
 */
public class OperationDisabledException extends ProblemException {

    public OperationDisabledException(String detail) {
        super(403, ProblemTypes.OPERATION_DISABLED, "Operation disabled", detail, null);
    }
}
