package kg.actionplan.tracker.common;

/**
 * The stable {@code type} URIs of the service's problem details. Clients may rely on them; never rename one.
 */
public final class ProblemTypes {

    private static final String PREFIX = "urn:tracker:problem:";

    public static final String NOT_FOUND = PREFIX + "not-found";
    public static final String INVALID_PARAMETER = PREFIX + "invalid-parameter";
    public static final String INVALID_INPUT = PREFIX + "invalid-input";
    public static final String MALFORMED_BODY = PREFIX + "malformed-body";
    public static final String CONFLICT = PREFIX + "conflict";
    public static final String UNAUTHORIZED = PREFIX + "unauthorized";
    public static final String FORBIDDEN = PREFIX + "forbidden";
    public static final String CSRF_TOKEN_INVALID = PREFIX + "csrf-token-invalid";
    public static final String TOO_MANY_FAILED_SIGN_INS = PREFIX + "too-many-failed-sign-ins";
    public static final String SIGN_IN_BUSY = PREFIX + "sign-in-busy";
    public static final String PRECONDITION_FAILED = PREFIX + "precondition-failed";
    public static final String PRECONDITION_REQUIRED = PREFIX + "precondition-required";
    public static final String METHOD_NOT_ALLOWED = PREFIX + "method-not-allowed";
    public static final String NOT_ACCEPTABLE = PREFIX + "not-acceptable";
    public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";
    public static final String PAYLOAD_TOO_LARGE = PREFIX + "payload-too-large";
    public static final String HTTP_ERROR = PREFIX + "http-error";
    public static final String ONLINE_BACKUP_UNSUPPORTED = PREFIX + "online-backup-unsupported";
    public static final String INTERNAL_ERROR = PREFIX + "internal-error";

    private ProblemTypes() {
    }
}
