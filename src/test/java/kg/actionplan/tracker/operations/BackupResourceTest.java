package kg.actionplan.tracker.operations;

import static io.restassured.RestAssured.given;
import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * An administrator backs up the embedded H2 database while the service runs. H2 backs up only a database on disk, so
 * this test runs the service on a file database of its own (and not at all in the PostgreSQL run of the suite, where
 * BackupOnPostgresqlTest takes over).
 */
@QuarkusTest
@TestProfile(BackupResourceTest.OnAFileDatabase.class)
@DisabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
class BackupResourceTest {

    private static final String BACKUPS = "/api/v1/admin/backups";
    /**
     * Named after the test JVM, which loads this class twice (JUnit's class loader and Quarkus'): a random name would
     * differ between the two.
     */
    private static final Path DIRECTORY = Path.of("target", "backup-test-" + ProcessHandle.current().pid())
            .toAbsolutePath();

    public static class OnAFileDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:h2:file:" + DIRECTORY.resolve("data/tracker") + ";WRITE_DELAY=0",
                    "tracker.backup.directory", DIRECTORY.resolve("data/backups").toString(),
                    "tracker.mail.enabled", "false", "quarkus.mailer.mock", "true");
        }
    }

    @Inject
    MutableClock clock;

    @TempDir
    Path restored;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAdministratorBacksUpTheRunningDatabaseIntoAZipThatOpensAsTheDatabase() throws Exception {
        clock.set(Instant.parse("2027-01-15T02:00:00.250Z"));

        int size = as(TestAccounts.ADMIN).when().post(BACKUPS)
                .then().statusCode(201)
                .body("file", equalTo("tracker-20270115T020000250Z.zip"))
                .body("takenAt", equalTo("2027-01-15T02:00:00.250Z"))
                .extract().path("sizeBytes");

        Path zip = DIRECTORY.resolve("data/backups/tracker-20270115T020000250Z.zip");
        assertEquals(Files.size(zip), size);
        unzip(zip, restored);
        try (Connection copy = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("tracker")
                + ";IFEXISTS=TRUE", "tracker", "")) {
            assertEquals(23, count(copy, "select count(*) from measure m join plan p on p.id = m.plan_id"
                    + " where p.code = 'cybersecurity-2019-2023'"));
            assertEquals(1, count(copy, "select count(*) from account where username = 'admin'"));
        }
    }

    @Test
    void aBackupIsRecordedInTheAuditLog() {
        clock.set(Instant.parse("2027-01-16T02:00:00Z"));

        as(TestAccounts.ADMIN).when().post(BACKUPS).then().statusCode(201);

        as(TestAccounts.ADMIN).queryParam("action", "DATABASE_BACKED_UP")
                .queryParam("subjectId", "tracker-20270116T020000000Z.zip")
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].actor", equalTo("admin"))
                .body("[0].subjectType", equalTo("BACKUP"));
    }

    @Test
    void aSecondBackupInTheSameMillisecondIsRefusedRatherThanOverwritingTheFirst() {
        clock.set(Instant.parse("2027-01-17T02:00:00Z"));
        as(TestAccounts.ADMIN).when().post(BACKUPS).then().statusCode(201);

        as(TestAccounts.ADMIN).when().post(BACKUPS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:conflict"))
                .body("detail", equalTo("A backup named tracker-20270117T020000000Z.zip exists already."));
    }

    @Test
    void onlyAnAdministratorTakesABackup() {
        as(TestAccounts.COORDINATOR).when().post(BACKUPS).then().statusCode(403);
        given().when().post(BACKUPS).then().statusCode(401);
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(entry.getName()));
            }
        }
    }
}
