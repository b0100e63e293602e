package kg.actionplan.tracker.signin;

import static kg.actionplan.tracker.common.Problem.BODY_REQUIRED;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;

import kg.actionplan.tracker.account.CurrentCaller;
import kg.actionplan.tracker.common.ClientRequest;

/**
 * The caller's own account.
 */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Accounts")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials.")
public class MeResource {

    private final SelfService self;
    private final CurrentCaller caller;

    MeResource(SelfService self, CurrentCaller caller) {
        this.self = self;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's account: username, role, agency, e-mail, language")
    @APIResponse(responseCode = "200", description = "The account.")
    public MeView getMe() {
        return self.me(caller.get());
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password", description = "Ends the account's other browser sessions. "
            + "A wrong current password counts as a failed sign-in.")
    @APIResponse(responseCode = "204", description = "Changed.")
    @APIResponse(responseCode = "403", description = "The current password is not right.")
    @APIResponse(responseCode = "422", description = "The new password breaks a rule.")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins; see Retry-After.")
    public Response changePassword(@Valid @NotNull(message = BODY_REQUIRED) PasswordChange body,
            @Context RoutingContext request) {
        self.changePassword(caller.get(), body, ClientRequest.address(request));
        return Response.noContent().build();
    }
}
