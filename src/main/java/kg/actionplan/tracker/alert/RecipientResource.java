package kg.actionplan.tracker.alert;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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

/**
 * The addresses alerts go to, for the committee and administrators to switch off and on.
 */
@Path("/api/v1/alerts/recipients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Alerts")
@SecurityRequirement(name = "basic")
public class RecipientResource {

    private final RecipientService recipients;

    RecipientResource(RecipientService recipients) {
        this.recipients = recipients;
    }

    @GET
    @Operation(summary = "List the addresses alerts go to: agencies' contacts and accounts' addresses")
    @APIResponse(responseCode = "200", description = "Every known address, in alphabetical order.")
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "Only administrators and the coordinator manage recipients.")
    public List<RecipientView> listRecipients() {
        return recipients.listRecipients();
    }

    @PUT
    @Path("/{email}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch an address off or on",
            description = "A switched-off address gets no new alerts and its pending ones are not sent; its history stays.")
    @APIResponse(responseCode = "200", description = "The address as it now stands.")
    @APIResponse(responseCode = "400", description = "The path does not hold an e-mail address, or the body is missing.")
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "Only administrators and the coordinator manage recipients.")
    @APIResponse(responseCode = "404", description = "No agency or account has the address.")
    @APIResponse(responseCode = "422", description = "The body is invalid.")
    public RecipientView switchRecipient(@PathParam("email") @Email String email, @Valid @NotNull RecipientUpdate update) {
        return recipients.switchRecipient(email, update);
    }
}
