package kg.actionplan.tracker.operations;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * A service built for PostgreSQL takes no backup of its own and says how to take one; runs in the PostgreSQL run of
 * the suite ({@code ./mvnw verify -Ppostgresql}).
 */
@QuarkusTest
@TestProfile(WithoutMail.class)
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
class BackupOnPostgresqlTest {

    @Test
    void onPostgresqlTheBackupEndpointPointsToPgDump() {
        as(TestAccounts.ADMIN).when().post("/api/v1/admin/backups")
                .then().statusCode(501)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:online-backup-unsupported"))
                .body("title", equalTo("Online backup not supported"))
                .body("detail", containsString("pg_dump -Fc"));
    }
}
