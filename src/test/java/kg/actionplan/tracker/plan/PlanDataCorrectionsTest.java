package kg.actionplan.tracker.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Migration V10 corrects a database that already held the 2019-2023 plan when the corrections came (issue 14), and
 * leaves it as the corrected seed document leaves a fresh one. The old database is a fresh H2 migrated to V9 that
 * receives the rows the seed stored before V10 ({@code db/before-v10}, run as V9.1); the service's own database,
 * migrated and then seeded from the corrected document, is the yardstick.
 */
@QuarkusTest
class PlanDataCorrectionsTest {

    private static final String AGENCIES = """
            select a.code, a.name_ky, a.name_ru, a.name_en, a.abbreviation_ky, a.abbreviation_ru, a.abbreviation_en,
                   a.established_on, a.established_by_kind, a.established_by_number, a.established_by_date,
                   a.established_by_title_ky, a.established_by_title_ru, a.established_by_title_en,
                   s.code as successor, a.successor_from, a.successor_act_kind, a.successor_act_number,
                   a.successor_act_date, a.successor_act_title_ky, a.successor_act_title_ru, a.successor_act_title_en,
                   a.editorial_note
            from agency a left join agency s on s.id = a.successor_id
            where a.code in (%s)
            order by a.code""";

    private static final String MEASURES = """
            select t.code as task, t.position as task_position, m.code, m.position, m.text_ky, m.text_ru, m.text_en,
                   m.expected_result_ky, m.expected_result_ru, m.expected_result_en, m.deadline_kind,
                   m.deadline_starts_on, m.deadline_due_on, m.deadline_wording_ky, m.deadline_wording_ru,
                   m.deadline_wording_en, m.funding_wording_ky, m.funding_wording_ru, m.funding_wording_en,
                   m.funding_shared_with, m.ministries_and_agencies, m.editorial_note
            from measure m join plan p on p.id = m.plan_id join plan_task t on t.id = m.task_id
            where p.code = 'cybersecurity-2019-2023' and m.code in (%s)
            order by m.code""";

    private static final String FUNDING_SOURCES = """
            select m.code, f.position, f.source_type, f.programme_ky, f.programme_ru, f.programme_en, f.amount,
                   f.currency
            from measure_funding_source f join measure m on m.id = f.measure_id join plan p on p.id = m.plan_id
            where p.code = 'cybersecurity-2019-2023' and m.code in (%s)
            order by m.code, f.position""";

    private static final String EXECUTORS = """
            select m.code, e.position, a.code as agency, e.by_agreement
            from measure_executor e join measure m on m.id = e.measure_id join plan p on p.id = m.plan_id
                 join agency a on a.id = e.agency_id
            where p.code = 'cybersecurity-2019-2023' and m.code in (%s)
            order by m.code, e.position""";

    private static final String REPORTS = """
            select r.period, a.code as agency, r.status, r.revision, r.created_at, r.first_submitted_at, r.late,
                   r.reviewed_at, r.version, m.code as measure, e.status as entry_status, e.progress_percent,
                   e.narrative, e.version as entry_version
            from report r join agency a on a.id = r.agency_id join report_entry e on e.report_id = r.id
                 join measure m on m.id = e.measure_id
            order by r.period, a.code, m.code""";

    @Inject
    DataSource seeded;

    private String url;
    private Connection old;

    @BeforeEach
    void holdThePlanAsTheSeedStoredItBeforeV10() throws SQLException {
        url = "jdbc:h2:mem:before-v10-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        old = DriverManager.getConnection(url, "sa", "");
        migrateTo("9.1");
    }

    @AfterEach
    void dropTheOldDatabase() throws SQLException {
        try (Connection connection = old) {
            connection.createStatement().execute("shutdown");
        }
    }

    @Test
    void theAgenciesEndAsTheCorrectedSeedStoresThem() throws SQLException {
        migrateTo("10");

        List<String> codes = column(old, "select code from agency order by code");
        assertEquals(List.of("BIM", "BP", "IIM", "MDD", "MKK", "MMSJSM", "MMTM", "MTBMK", "PDA", "UKMK"), codes);
        assertEquals(rows(seeded, AGENCIES, codes), rows(old, AGENCIES, codes));
    }

    @Test
    void theMeasuresEndAsTheCorrectedSeedStoresThem() throws SQLException {
        migrateTo("10");

        List<String> codes = column(old, "select code from measure order by code");
        assertEquals(List.of("1.11", "5.1", "5.2", "5.3"), codes);
        assertEquals(rows(seeded, MEASURES, codes), rows(old, MEASURES, codes));
        assertEquals(rows(seeded, FUNDING_SOURCES, codes), rows(old, FUNDING_SOURCES, codes));
        assertEquals(rows(seeded, EXECUTORS, codes), rows(old, EXECUTORS, codes));
    }

    @Test
    void theDatesAreCorrectedAndTheActsRecorded() throws SQLException {
        String establishments = "select code, established_on from agency where code in ('MDD', 'PDA') order by code";
        assertEquals(List.of(List.of("MDD", LocalDate.of(2021, 10, 13)), List.of("PDA", LocalDate.of(2021, 12, 31))),
                values(old, establishments));

        migrateTo("10");

        assertEquals(List.of(List.of("MDD", LocalDate.of(2021, 5, 5)), List.of("PDA", LocalDate.of(2021, 9, 14))),
                values(old, establishments));

        assertEquals(List.of(List.of("MDD", LocalDate.of(2021, 5, 5), "PRESIDENTIAL_DECREE", LocalDate.of(2021, 5, 5))),
                values(old, "select code, established_on, established_by_kind, established_by_date from agency "
                        + "where code = 'MDD'"));
        assertEquals(List.of(List.of("MTBMK", "MDD", LocalDate.of(2021, 5, 5), "PRESIDENTIAL_DECREE")),
                values(old, "select a.code, s.code as successor, a.successor_from, a.successor_act_kind from agency a "
                        + "join agency s on s.id = a.successor_id where a.code = 'MTBMK'"));
        assertEquals(List.of(List.of("PDA", LocalDate.of(2021, 9, 14), "PRESIDENTIAL_DECREE",
                        LocalDate.of(2021, 9, 14))),
                values(old, "select code, established_on, established_by_kind, established_by_date from agency "
                        + "where code = 'PDA'"));
        assertEquals(List.of(List.of("MMTM", "MMSJSM", LocalDate.of(2021, 5, 5), LocalDate.of(2021, 5, 5))),
                values(old, "select a.code, s.code as successor, a.successor_from, s.established_on from agency a "
                        + "join agency s on s.id = a.successor_id where a.code = 'MMTM'"));
        assertEquals(List.of(List.of("5.3", "5.2")),
                values(old, "select code, funding_shared_with from measure where funding_shared_with is not null"));
        assertEquals(List.of(List.of("Проведение непрерывного аудита кибербезопасности государственных информационных "
                + "систем, государственных информационных инфраструктур")),
                values(old, "select text_ru from measure where code = '1.11'"));
    }

    @Test
    void noReportIsTouched() throws SQLException {
        List<Map<String, Object>> before = rows(old, REPORTS);
        assertEquals(1, before.size());

        migrateTo("10");

        assertEquals(before, rows(old, REPORTS));
    }

    private void migrateTo(String version) {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/before-v10")
                .target(version)
                .load()
                .migrate();
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        return values(connection, sql).stream().map(row -> (String) row.get(0)).toList();
    }

    private static List<List<Object>> values(Connection connection, String sql) throws SQLException {
        List<List<Object>> values = new ArrayList<>();
        for (Map<String, Object> row : rows(connection, sql)) {
            values.add(new ArrayList<>(row.values()));
        }
        return values;
    }

    private static List<Map<String, Object>> rows(DataSource dataSource, String query, List<String> codes)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return rows(connection, query, codes);
        }
    }

    private static List<Map<String, Object>> rows(Connection connection, String query, List<String> codes)
            throws SQLException {
        return rows(connection, query.formatted(String.join(", ", codes.stream().map(c -> "'" + c + "'").toList())));
    }

    /**
     * The rows as column → value, dates as {@link LocalDate} so that both databases' drivers give equal values.
     */
    private static List<Map<String, Object>> rows(Connection connection, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.put(result.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT),
                            value instanceof java.sql.Date date ? date.toLocalDate()
                                    : value instanceof Timestamp timestamp ? timestamp.toInstant() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
