package kg.actionplan.tracker.common;

import java.util.List;

/**
 * A path or query parameter that cannot be understood.
 */
public class InvalidParameterException extends ProblemException {

    public InvalidParameterException(String parameter, String message) {
        super(400, ProblemTypes.INVALID_PARAMETER, "Invalid parameter", message,
                List.of(new Problem.Error(parameter, message)));
    }
}
