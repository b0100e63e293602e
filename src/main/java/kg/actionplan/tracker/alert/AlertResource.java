package kg.actionplan.tracker.alert;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.common.EnumParameter;
import kg.actionplan.tracker.common.InvalidParameterException;
import kg.actionplan.tracker.common.LimitParameter;

/**
 * The alert outbox, for the committee and administrators, and the administrators' "scan now".
 */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
@SecurityRequirement(name = "basic")
public class AlertResource {

    private static final int MAX_LIMIT = 1000;

    private final AlertRepository alerts;
    private final AgencyRepository agencies;
    private final AlertScan scan;

    AlertResource(AlertRepository alerts, AgencyRepository agencies, AlertScan scan) {
        this.alerts = alerts;
        this.agencies = agencies;
        this.scan = scan;
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "List alerts, newest first, with their sending attempts and last error")
    @APIResponse(responseCode = "200", description = "The matching alerts, at most limit of them.")
    @APIResponse(responseCode = "400", description = "A filter cannot be understood.")
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "Only administrators and the coordinator read the outbox.")
    public List<AlertView> listAlerts(
            @Parameter(description = "PENDING, SENT, FAILED or SKIPPED.") @QueryParam("status") String status,
            @Parameter(description = "Code of the agency the alerts concern.") @QueryParam("agency") String agency,
            @Parameter(description = "The rule, e.g. SUBMISSION_MISSED.") @QueryParam("rule") String rule,
            @Parameter(description = "Address the alerts go to.") @QueryParam("recipient") String recipient,
            @Parameter(description = "At most this many alerts, 1 to 1000.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam("limit") @DefaultValue("100") String limit) {
        AlertRepository.Filter filter = new AlertRepository.Filter(
                Optional.ofNullable(status).map(v -> EnumParameter.of(AlertStatus.class, "status", v)),
                Optional.ofNullable(agency).map(this::knownAgency),
                Optional.ofNullable(rule).map(v -> EnumParameter.of(AlertRule.class, "rule", v)),
                Optional.ofNullable(recipient).map(String::toLowerCase));
        return alerts.listMatching(filter, LimitParameter.of(limit, MAX_LIMIT)).stream().map(AlertView::from).toList();
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

    private String knownAgency(String code) {
        return agencies.findByCode(code).map(found -> code)
                .orElseThrow(() -> new InvalidParameterException("agency", "there is no agency " + code));
    }
}
