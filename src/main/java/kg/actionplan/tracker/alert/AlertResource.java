package kg.actionplan.tracker.alert;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import kg.actionplan.tracker.common.ListPage;
import kg.actionplan.tracker.common.PageRequest;

/**
 * The alert outbox, for the committee and administrators, and the administrators' "scan now".
 */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Deadline alerts by e-mail: the outbox and its recipients.")
@SecurityRequirement(name = "basic")
public class AlertResource {

    private static final int MAX_LIMIT = 1000;

    private final AlertOutbox outbox;
    private final AlertScan scan;

    AlertResource(AlertOutbox outbox, AlertScan scan) {
        this.outbox = outbox;
        this.scan = scan;
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "List alerts, newest first, with their sending attempts and last error")
    @APIResponse(responseCode = "200", description = "The matching alerts, at most limit of them.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AlertView.class)),
            headers = @Header(name = HttpHeaders.LINK, description = ListPage.LINK_DESCRIPTION,
                    schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "A filter cannot be understood.")
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "Only administrators and the coordinator read the outbox.")
    public Response listAlerts(
            @Parameter(description = "PENDING, SENT, FAILED or SKIPPED.") @QueryParam("status") String status,
            @Parameter(description = "Code of the agency the alerts concern.") @QueryParam("agency") String agency,
            @Parameter(description = "The rule, e.g. SUBMISSION_MISSED.") @QueryParam("rule") String rule,
            @Parameter(description = "Address the alerts go to.") @QueryParam("recipient") String recipient,
            @Parameter(description = "At most this many alerts, 1 to 1000.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam(PageRequest.LIMIT) @DefaultValue("100") String limit,
            @Parameter(description = PageRequest.AFTER_DESCRIPTION) @QueryParam(PageRequest.AFTER) String after,
            @Context UriInfo request) {
        AlertRepository.Filter filter = new AlertRepository.Filter(
                Optional.ofNullable(status).map(v -> EnumParameter.of(AlertStatus.class, "status", v)),
                Optional.ofNullable(agency),
                Optional.ofNullable(rule).map(v -> EnumParameter.of(AlertRule.class, "rule", v)),
                Optional.ofNullable(recipient).map(String::toLowerCase));
        return outbox.list(filter, PageRequest.of(limit, after, MAX_LIMIT)).toResponse(request);
    }

    @POST
    @Path("/scan")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Apply the deadline rules now, as the daily schedule does, and queue what they decide",
            description = "Alerts already decided are not queued again. Queued alerts are sent right after.")
    @APIResponse(responseCode = "200", description = "What the scan queued.")
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "Only administrators start a scan.")
    public ScanView scan() {
        return ScanView.from(scan.run());
    }
}
