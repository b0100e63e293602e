package kg.actionplan.tracker.agency;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kg.actionplan.tracker.common.NotFoundException;

/**
 * The ministries and agencies that execute plans.
 */
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies")
public class AgencyResource {

    private final AgencyService agencies;

    AgencyResource(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(summary = "List the agencies, by code")
    public List<AgencyView> list() {
        return agencies.listAgencies();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get one agency")
    @APIResponse(responseCode = "200", description = "The agency.")
    @APIResponse(responseCode = "404", description = "No agency with this code.")
    public AgencyView get(@PathParam("code") String code) {
        return agencies.findAgency(code).orElseThrow(() -> new NotFoundException("There is no agency " + code + "."));
    }
}
