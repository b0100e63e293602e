package kg.actionplan.tracker.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import kg.actionplan.tracker.audit.AuditAction;
import kg.actionplan.tracker.audit.AuditLog;
import kg.actionplan.tracker.common.ConflictException;
import kg.actionplan.tracker.common.TrackerConfig;

/**
 * Online backups of the embedded H2 database: H2's {@code BACKUP TO} copies the database into a zip while the
 * service goes on serving, consistent as of one moment. On PostgreSQL the operator uses pg_dump instead.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final boolean h2;
    private final Path directory;
    private final Clock clock;
    private final AuditLog audit;

    BackupService(DataSource dataSource, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            TrackerConfig config, Clock clock, AuditLog audit) {
        this.dataSource = dataSource;
        this.h2 = "h2".equals(dbKind);
        this.directory = config.backup().directory().toAbsolutePath();
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Writes a backup named after the moment it was taken into the backup directory, and records it in the audit log.
     */
    public BackupView backUp() {
        if (!h2) {
            throw new OnlineBackupUnsupportedException();
        }
        Instant now = clock.instant();
        String name = "tracker-" + STAMP.format(now) + ".zip";
        Path file = directory.resolve(name);
        if (Files.exists(file)) {
            throw new ConflictException("A backup named " + name + " exists already.");
        }
        long size;
        try {
            Files.createDirectories(directory);
            // H2 commits whatever its connection has open before a BACKUP, so the statement runs outside any
            // transaction, and the audit record follows in one of its own once the file is written.
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup to " + file + " failed", e);
        }
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditAction.DATABASE_BACKED_UP, "BACKUP", name,
                "database backed up to " + name + " (" + size + " bytes)"));
        LOG.infof("Database backed up to %s (%d bytes)", file, size);
        return new BackupView(name, size, now);
    }
}
