package kg.actionplan.tracker.common;

import java.util.List;

/**
 * A failure that the client can act upon; rendered as problem+json by {@link ProblemMapper}.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.Error> errors;
    private final String existing;

    protected ProblemException(int status, String type, String title, String detail, List<Problem.Error> errors) {
        this(status, type, title, detail, errors, null);
    }

    protected ProblemException(int status, String type, String title, String detail, List<Problem.Error> errors,
            String existing) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.existing = existing;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.Error> errors() {
        return errors;
    }

    public String existing() {
        return existing;
    }
}
