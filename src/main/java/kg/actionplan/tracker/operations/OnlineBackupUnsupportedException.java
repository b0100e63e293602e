package kg.actionplan.tracker.operations;

import kg.actionplan.tracker.common.ProblemException;
import kg.actionplan.tracker.common.ProblemTypes;

/**
 * The service backs up only its embedded H2 database; PostgreSQL has tools of its own for that.
 */
public class OnlineBackupUnsupportedException extends ProblemException {

    OnlineBackupUnsupportedException() {
        super(501, ProblemTypes.ONLINE_BACKUP_UNSUPPORTED, "Online backup not supported",
                "This service runs on PostgreSQL, which it does not back up itself: back the database up with "
                        + "pg_dump -Fc and restore it with pg_restore (docs/operations.md).",
                null);
    }
}
