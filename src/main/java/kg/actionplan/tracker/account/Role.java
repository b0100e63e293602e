package kg.actionplan.tracker.account;

/**
 * What an account may do. The names are the role names of the security layer ({@code @RolesAllowed}).
 */
public enum Role {
    /** Accounts, plans, configuration. */
    ADMIN,
    /** The coordinating committee: reviews every agency's reports. */
    COORDINATOR,
    /** Works on the reports of exactly one agency. */
    REPORTER,
    /** The Government Apparatus: reads reports and consolidated reports, writes nothing. */
    OBSERVER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String REPORTER_NAME = "REPORTER";
    public static final String OBSERVER_NAME = "OBSERVER";
}
