package kg.actionplan.tracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database that holds reviewed reports: the review each report knows of becomes its first review row, so
 * that no comment a reporter can see today is lost by the upgrade. Runs the migrations on an H2 database of its own.
 */
class ReviewMigrationTest {

    private final String url = "jdbc:h2:mem:review-upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection connection;

    @BeforeEach
    void databaseAsBeforeTheReviewHistory() throws SQLException {
        connection = DriverManager.getConnection(url, "sa", "");
        migrateTo("9");
        execute("insert into agency (id, code, name_ky, name_ru, name_en, abbreviation_ky, abbreviation_ru, "
                + "abbreviation_en, version) values (1, 'UKMK', 'У', 'У', 'U', 'У', 'У', 'U', 0)");
        execute("insert into plan (id, code, title_ky, title_ru, title_en, starts_on, ends_on, in_force_from, "
                + "reporting_frequency, agency_report_due_day, consolidated_report_due_day, time_zone, coordinator_id, "
                + "first_period, last_period, imported_at, version) values (1, 'upgrade', 'П', 'П', 'P', "
                + "date '2024-01-01', date '2028-12-31', date '2024-01-01', 'HALF_YEARLY', 5, 25, 'Asia/Bishkek', 1, "
                + "'2024-H1', '2028-H2', timestamp with time zone '2024-01-01 00:00:00+00', 0)");
    }

    @AfterEach
    void dropTheDatabase() throws SQLException {
        execute("shutdown");
        connection.close();
    }

    @Test
    void theReviewOfAReturnedReportIsCarriedOverWithItsComment() throws SQLException {
        report(1, "2024-H1", "RETURNED", 1, "'Attach the order on 1.1.'", "'2026-11-24 09:15:00+00'", "'coordinator'");

        migrateTo("11");

        assertEquals(List.of("1 1 RETURNED 2026-11-24T09:15Z coordinator Attach the order on 1.1."), reviews());
    }

    @Test
    void theReviewOfAnAcceptedReportIsCarriedOverWithoutAComment() throws SQLException {
        report(1, "2024-H1", "SUBMITTED", 1, "null", "null", "null");
        report(2, "2024-H2", "ACCEPTED", 2, "null", "'2026-11-30 11:20:00+00'", "'coordinator'");

        migrateTo("11");

        assertEquals(List.of("2 2 ACCEPTED 2026-11-30T11:20Z coordinator null"), reviews());
    }

    @Test
    void noReviewIsMadeUpForAReportThatAwaitsOne() throws SQLException {
        report(1, "2024-H1", "DRAFT", 0, "null", "null", "null");
        // Returned once, then resubmitted: the return survives only in the audit log, without its comment here.
        report(2, "2024-H2", "SUBMITTED", 2, "null", "'2026-11-24 09:15:00+00'", "'coordinator'");

        migrateTo("11");

        assertEquals(List.of(), reviews());
    }

    /** A report with its revisions 1 to {@code revision}, as the service stores them. */
    private void report(long id, String period, String status, int revision, String returnComment, String reviewedAt,
            String reviewedBy) throws SQLException {
        execute("insert into report (id, plan_id, period, agency_id, status, revision, created_at, created_by, "
                + "return_comment, reviewed_at, reviewed_by, version) values (" + id + ", 1, '" + period + "', 1, '"
                + status + "', " + revision + ", timestamp with time zone '2026-11-01 00:00:00+00', 'reporter-ukmk', "
                + returnComment + ", cast(" + reviewedAt + " as timestamp with time zone), " + reviewedBy + ", 0)");
        for (int number = 1; number <= revision; number++) {
            execute("insert into report_revision (report_id, number, submitted_at, submitted_by, late, days_late) "
                    + "values (" + id + ", " + number + ", timestamp with time zone '2026-11-23 06:00:00+00', "
                    + "'reporter-ukmk', true, 0)");
        }
    }

    private List<String> reviews() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select report_id, revision, decision, reviewed_at, "
                        + "reviewed_by, comment from report_review order by report_id, revision")) {
            while (result.next()) {
                rows.add(result.getLong(1) + " " + result.getInt(2) + " " + result.getString(3) + " "
                        + result.getObject(4, OffsetDateTime.class) + " " + result.getString(5) + " "
                        + result.getString(6));
            }
        }
        return rows;
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
