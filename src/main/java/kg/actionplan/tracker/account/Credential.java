package kg.actionplan.tracker.account;

/**
 * How the caller of a request proved who it is.
 */
public enum Credential {
    /** Username and password on this request (HTTP Basic): one bcrypt check each time. */
    PASSWORD,
    /** An API token (Authorization: Bearer). */
    TOKEN,
    /** The cookie of a browser session that began with a password. */
    SESSION
}
