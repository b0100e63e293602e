package kg.actionplan.tracker.agency;

import static kg.actionplan.tracker.common.Problem.BODY_REQUIRED;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.common.NotFoundException;

/**
 * The ministries and agencies that execute plans, and the addresses they are written to.
 */
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "Ministries and agencies, their reorganisations and contacts.")
public class AgencyResource {

    private final AgencyService agencies;

    AgencyResource(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(summary = "List the agencies, by code")
    public List<AgencyView> listAgencies() {
        return agencies.listAgencies();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get one agency")
    @APIResponse(responseCode = "200", description = "The agency.")
    @APIResponse(responseCode = "404", description = "No agency with this code.")
    public AgencyView getAgency(@PathParam("code") String code) {
        return agencies.findAgency(code).orElseThrow(() -> new NotFoundException("There is no agency " + code + "."));
    }

    @PUT
    @Path("/{code}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Replace the addresses that get the agency's e-mails, and their language")
    @APIResponse(responseCode = "200", description = "The agency with its new contacts.")
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "Only administrators and the coordinator keep contacts.")
    @APIResponse(responseCode = "404", description = "No agency with this code.")
    @APIResponse(responseCode = "422", description = "An address is invalid or listed twice, or the language is unknown.")
    public AgencyView updateContacts(@PathParam("code") String code,
            @Valid @NotNull(message = BODY_REQUIRED) ContactsUpdate body) {
        return agencies.updateContacts(code, body);
    }
}
