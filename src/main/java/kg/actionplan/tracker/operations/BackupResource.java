package kg.actionplan.tracker.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kg.actionplan.tracker.account.Role;

/**
 * Backups of the database, for administrators, taken while the service runs.
 */
@Path("/api/v1/admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Running the service: backups of its database.")
@SecurityRequirement(name = "basic")
public class BackupResource {

    private final BackupService backups;

    BackupResource(BackupService backups) {
        this.backups = backups;
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Back up the embedded H2 database now, without stopping the service",
            description = "Writes a zip into the backup directory on the service's host; the file is not served over "
                    + "HTTP. A service built for PostgreSQL answers 501: back it up with pg_dump.")
    @APIResponse(responseCode = "201", description = "The backup is written.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BackupView.class)))
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "Only administrators take backups.")
    @APIResponse(responseCode = "409", description = "A backup taken in the same millisecond has that name already.")
    @APIResponse(responseCode = "501", description = "The service runs on PostgreSQL, which it does not back up itself.")
    public Response backUpDatabase() {
        return Response.status(Response.Status.CREATED).entity(backups.backUp()).build();
    }
}
