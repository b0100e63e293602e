package kg.actionplan.tracker.common;

/**
 * A conditional request whose condition is missing (428) or no longer holds (412).
 */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(int status, String detail) {
        super(status, status == 428 ? ProblemTypes.PRECONDITION_REQUIRED : ProblemTypes.PRECONDITION_FAILED,
                status == 428 ? "Precondition required" : "Precondition failed", detail, null);
    }
}
