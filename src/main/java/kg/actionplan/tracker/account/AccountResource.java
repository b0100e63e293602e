package kg.actionplan.tracker.account;

import static kg.actionplan.tracker.common.Problem.BODY_REQUIRED;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import kg.actionplan.tracker.common.ListPage;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.common.PageRequest;

/**
 * Accounts, kept by administrators.
 */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Accounts", description = "Accounts, their API tokens and the caller's own account.")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials.")
@APIResponse(responseCode = "403", description = "The caller is not an administrator.")
public class AccountResource {

    private static final int MAX_LIMIT = 1000;

    private final AccountService accounts;

    AccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "List the accounts")
    @APIResponse(responseCode = "200", description = "The accounts, by username, at most limit of them.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AccountView.class)),
            headers = @Header(name = HttpHeaders.LINK, description = ListPage.LINK_DESCRIPTION,
                    schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "limit or after cannot be understood.")
    public Response listAccounts(
            @Parameter(description = "At most this many accounts, 1 to 1000.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam(PageRequest.LIMIT) @DefaultValue("100") String limit,
            @Parameter(description = PageRequest.AFTER_DESCRIPTION) @QueryParam(PageRequest.AFTER) String after,
            @Context UriInfo request) {
        return accounts.listAccounts(PageRequest.of(limit, after, MAX_LIMIT)).toResponse(request);
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "Get one account")
    @APIResponse(responseCode = "200", description = "The account.")
    @APIResponse(responseCode = "404", description = "No account with this username.")
    public AccountView getAccount(@PathParam("username") String username) {
        return accounts.findAccount(username)
                .orElseThrow(() -> new NotFoundException("There is no account " + username + "."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account")
    @APIResponse(responseCode = "201", description = "The account.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "The username is taken.")
    @APIResponse(responseCode = "422", description = "The body breaks a rule (weak password, unknown agency, ...).")
    public Response createAccount(@Valid @NotNull(message = BODY_REQUIRED) AccountRequests.Create body) {
        AccountView account = accounts.createAccount(body);
        return Response.created(URI.create("/api/v1/users/" + account.username())).entity(account).build();
    }

    @PATCH
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account: disable or enable it, reset its password, bind it to an agency")
    @APIResponse(responseCode = "200", description = "The changed account.")
    @APIResponse(responseCode = "404", description = "No account with this username.")
    @APIResponse(responseCode = "422", description = "The body breaks a rule.")
    public AccountView updateAccount(@PathParam("username") String username, @Valid @NotNull(message = BODY_REQUIRED) AccountRequests.Update body) {
        return accounts.updateAccount(username, body);
    }
}
