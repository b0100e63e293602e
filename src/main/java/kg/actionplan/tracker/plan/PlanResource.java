package kg.actionplan.tracker.plan;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.plan.PlanViews.PlanSummaryView;
import kg.actionplan.tracker.plan.PlanViews.PlanView;

/**
 * The plans of the catalogue. Plans are published legal acts: reading them needs no login.
 */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Action plans: their tasks, measures, deadlines, executors and reporting periods.")
public class PlanResource {

    private final PlanService plans;
    private final PlanImportService importer;

    PlanResource(PlanService plans, PlanImportService importer) {
        this.plans = plans;
        this.importer = importer;
    }

    @GET
    @Operation(summary = "List the plans")
    public List<PlanSummaryView> listPlans() {
        return plans.listPlans();
    }

    @GET
    @Path("/{planCode}")
    @Operation(summary = "Get a plan with its legal acts, reporting rules and tasks")
    @APIResponse(responseCode = "200", description = "The plan.")
    @APIResponse(responseCode = "404", description = "No plan with this code.")
    public PlanView getPlan(@PathParam("planCode") String planCode) {
        return plans.findPlan(planCode).orElseThrow(() -> new NotFoundException("There is no plan " + planCode + "."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Import a plan document",
            description = "Accepts the format of seed-data/plan-document.schema.json. The document is checked whole: "
                    + "if anything is wrong, nothing is imported and every error is listed with its JSON Pointer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT,
                    description = "A plan document (seed-data/plan-document.schema.json).")))
    @APIResponse(responseCode = "201", description = "The imported plan.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON.")
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "Only administrators and the coordinator import plans.")
    @APIResponse(responseCode = "409", description = "A plan with this code already exists.")
    @APIResponse(responseCode = "413", description = "The document is larger than the limit of a plan document: 32 MiB "
            + "unless the service is configured otherwise (TRACKER_PLANS_MAX_DOCUMENT_SIZE).")
    @APIResponse(responseCode = "422", description = "The document breaks the schema or the plan rules.")
    public Response importPlan(JsonNode document) {
        Plan plan = importer.importPlan(document);
        // The plan as just stored, its tasks and measures still in memory: a large plan is not read back to answer.
        return Response.created(URI.create("/api/v1/plans/" + plan.code()))
                .entity(PlanView.from(plan))
                .build();
    }
}
