package kg.actionplan.tracker.plan;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kg.actionplan.tracker.plan.PlanViews.PeriodView;

/**
 * The half-year reporting periods of a plan and their deadlines.
 */
@Path("/api/v1/plans/{planCode}/periods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PeriodResource {

    private final PlanService plans;

    PeriodResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(summary = "List a plan's reporting periods with their deadlines")
    @APIResponse(responseCode = "200", description = "The periods from the first to the last, in order.")
    @APIResponse(responseCode = "404", description = "No plan with this code.")
    public List<PeriodView> listPeriods(@PathParam("planCode") String planCode) {
        return plans.listPeriods(planCode);
    }
}
