package kg.actionplan.tracker.plan;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.plan.PlanViews.MeasureView;

/**
 * The measures of a plan, in the order of its table.
 */
@Path("/api/v1/plans/{planCode}/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class MeasureResource {

    private static final String AS_OF = "The day on which 'overdue' is judged, YYYY-MM-DD; today in the plan's time zone by default.";

    private final PlanService plans;

    MeasureResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(summary = "List a plan's measures", description = "Repealed measures are listed too, with status REPEALED.")
    @APIResponse(responseCode = "200", description = "The measures that pass every filter, in table order.")
    @APIResponse(responseCode = "400", description = "A filter cannot be understood (bad date, unknown agency or task).")
    @APIResponse(responseCode = "404", description = "No plan with this code.")
    public List<MeasureView> listMeasures(@PathParam("planCode") String planCode,
            @Parameter(description = "Agency code: measures it executes, directly or as successor of an executor.")
            @QueryParam("agency") String agency,
            @Parameter(description = "Task code.") @QueryParam("task") String task,
            @Parameter(description = "true: only overdue measures; false: only those not overdue.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = AS_OF, schema = @Schema(format = "date")) @QueryParam("asOf") String asOf) {
        return plans.listMeasures(planCode, MeasureQuery.of(agency, task, overdue, asOf));
    }

    @GET
    @Path("/{measureCode}")
    @Operation(summary = "Get one measure")
    @APIResponse(responseCode = "200", description = "The measure.")
    @APIResponse(responseCode = "400", description = "asOf cannot be understood.")
    @APIResponse(responseCode = "404", description = "No plan, or no measure, with this code.")
    public MeasureView getMeasure(@PathParam("planCode") String planCode, @PathParam("measureCode") String measureCode,
            @Parameter(description = AS_OF, schema = @Schema(format = "date")) @QueryParam("asOf") String asOf) {
        return plans.findMeasure(planCode, measureCode, MeasureQuery.date("asOf", asOf))
                .orElseThrow(() -> new NotFoundException("Plan " + planCode + " has no measure " + measureCode + "."));
    }
}
