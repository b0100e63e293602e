package kg.actionplan.tracker.common;

import java.util.List;

/**
 * A well-formed request body that breaks the rules; every error is listed with its path.
 */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(String detail, List<Problem.Error> errors) {
        super(422, ProblemTypes.INVALID_INPUT, "Invalid input", detail, List.copyOf(errors));
    }
}
