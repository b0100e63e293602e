package kg.actionplan.tracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database that holds submitted revisions to sequence keys (V18): no key already given out is handed out
 * again, neither to the service nor to whoever inserts a revision entry without one. Runs the migrations on an H2
 * database of its own; its rows stand alone (no plan, no report behind them), which is all the keys need.
 */
class RevisionEntrySequenceMigrationTest {

    private final String url = "jdbc:h2:mem:revision-keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection connection;

    @BeforeEach
    void databaseWithIdentityKeys() throws SQLException {
        connection = DriverManager.getConnection(url, "sa", "");
        migrateTo("17");
        execute("set referential_integrity false");
    }

    @AfterEach
    void dropTheDatabase() throws SQLException {
        execute("shutdown");
        connection.close();
    }

    @Test
    void theKeysOfRevisionEntriesContinueAboveTheLargestStoredOneInBlocksOf50() throws SQLException {
        insertEntry("7, ");
        insertEntry("");
        insertEntry("120, ");

        migrateTo("18");

        assertEquals(170, number("select next value for report_revision_entry_seq"));
        assertEquals(220, number("select next value for report_revision_entry_seq"));
    }

    @Test
    void aRevisionEntryInsertedWithoutAKeyTakesItFromTheSequence() throws SQLException {
        insertEntry("120, ");

        migrateTo("18");
        insertEntry("");

        assertEquals(170, number("select max(id) from report_revision_entry"));
    }

    @Test
    void anEmptyTableStartsTheKeysAt50() throws SQLException {
        migrateTo("18");

        assertEquals(50, number("select next value for report_revision_entry_seq"));
    }

    /** A revision entry with the key given ("120, ") or without one (""). */
    private void insertEntry(String id) throws SQLException {
        execute("insert into report_revision_entry (" + (id.isEmpty() ? "" : "id, ") + "revision_id, measure_id, "
                + "position, status, progress_percent) values (" + id + "1, "
                + "(select coalesce(max(measure_id), 0) + 1 from report_revision_entry), 0, 'NOT_STARTED', 0)");
    }

    private long number(String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(url, "sa", "").target(version).load().migrate();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
