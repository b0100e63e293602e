package kg.actionplan.tracker.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.common.EnumParameter;
import kg.actionplan.tracker.common.InvalidParameterException;
import kg.actionplan.tracker.common.ListPage;
import kg.actionplan.tracker.common.PageRequest;

/**
 * The audit log, for administrators and the committee.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Audit", description = "The append-only record of every change: who, what, when and from where.")
@SecurityRequirement(name = "basic")
public class AuditResource {

    private static final int MAX_LIMIT = 1000;

    private final AuditLog log;

    AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "List recorded changes, newest first")
    @APIResponse(responseCode = "200", description = "The matching records, at most limit of them.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEventView.class)),
            headers = @Header(name = HttpHeaders.LINK, description = ListPage.LINK_DESCRIPTION,
                    schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "A filter cannot be understood.")
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "Only administrators and the coordinator read the log.")
    public Response listAuditEvents(@QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @Parameter(description = "PLAN, ACCOUNT, API_TOKEN, AGENCY, REPORT, CONSOLIDATED_REPORT or ALERT_RECIPIENT.") @QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") String subjectId,
            @Parameter(description = "From this instant on (ISO-8601, e.g. 2026-01-01T00:00:00Z).") @QueryParam("from") String from,
            @Parameter(description = "Before this instant (ISO-8601).") @QueryParam("to") String to,
            @Parameter(description = "At most this many records, 1 to 1000.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam(PageRequest.LIMIT) @DefaultValue("100") String limit,
            @Parameter(description = PageRequest.AFTER_DESCRIPTION) @QueryParam(PageRequest.AFTER) String after,
            @Context UriInfo request) {
        AuditRepository.Filter filter = new AuditRepository.Filter(Optional.ofNullable(actor),
                Optional.ofNullable(action).map(v -> EnumParameter.of(AuditAction.class, "action", v)), Optional.ofNullable(subjectType),
                Optional.ofNullable(subjectId), instant("from", from), instant("to", to));
        return log.list(filter, PageRequest.of(limit, after, MAX_LIMIT)).toResponse(request);
    }

    private static Optional<Instant> instant(String name, String value) {
        try {
            return Optional.ofNullable(value).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be an instant such as 2026-01-01T00:00:00Z");
        }
    }
}
