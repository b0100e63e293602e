package kg.actionplan.tracker.report;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.report.ReportViews.SubmissionView;

/**
 * The grid the committee watches: for one half-year, where every expected agency's report stands.
 */
@Path("/api/v1/plans/{planCode}/periods/{period}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "basic")
public class SubmissionResource {

    private final ReportService reports;

    SubmissionResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OBSERVER_NAME})
    @Operation(summary = "List where every expected agency's report on the half-year stands")
    @APIResponse(responseCode = "200", description = "One row per expected agency, by code.")
    @APIResponse(responseCode = "400", description = "The period is not a half-year of the plan.")
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "Reporters do not see other agencies' standing.")
    @APIResponse(responseCode = "404", description = "No plan with this code.")
    public List<SubmissionView> listSubmissions(@PathParam("planCode") String planCode, @PathParam("period") String period) {
        return reports.listSubmissions(planCode, period);
    }
}
