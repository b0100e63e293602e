package kg.actionplan.tracker.operations;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A backup just written.
 */
@Schema(name = "Backup", description = "A zip of the database written to the backup directory on the service's host "
        + "(tracker.backup.directory). To restore it, stop the service, unzip it into the data directory in place of "
        + "the database there, and start the service.")
public record BackupView(
        @Schema(description = "The file's name in the backup directory.", examples = "tracker-20270115T020000000Z.zip")
        String file,
        @Schema(description = "The file's size in bytes.", examples = "1843200") long sizeBytes,
        @Schema(description = "When the backup was taken.") Instant takenAt) {
}
