package kg.actionplan.tracker.token;

import static kg.actionplan.tracker.common.Problem.BODY_REQUIRED;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kg.actionplan.tracker.account.CurrentCaller;

/**
 * API tokens of an account: for the agencies' systems, which call too often to pay for a password hash each time.
 */
@Path("/api/v1/users/{username}/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Accounts")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials.")
@APIResponse(responseCode = "403", description = "Another account's tokens, and the caller is not an administrator.")
@APIResponse(responseCode = "404", description = "No such account.")
public class ApiTokenResource {

    private final ApiTokenService tokens;
    private final CurrentCaller caller;

    ApiTokenResource(ApiTokenService tokens, CurrentCaller caller) {
        this.tokens = tokens;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a token", description = "The secret is in the answer, and nowhere ever again. Needs "
            + "the account's password (HTTP Basic or a browser session): a token cannot issue tokens.")
    @APIResponse(responseCode = "201", description = "The token with its secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenViews.Issued.class)))
    @APIResponse(responseCode = "422", description = "No name, or an expiry date in the past or beyond the maximum.")
    public Response issueToken(@PathParam("username") String username,
            @Valid @NotNull(message = BODY_REQUIRED) TokenViews.Issue body) {
        TokenViews.Issued token = tokens.issue(caller.get(), username, body);
        return Response.created(URI.create("/api/v1/users/" + username + "/tokens/" + token.id())).entity(token).build();
    }

    @GET
    @Operation(summary = "List an account's tokens, newest first, without their secrets")
    @APIResponse(responseCode = "200", description = "The tokens.")
    public List<TokenViews.TokenView> listTokens(@PathParam("username") String username) {
        return tokens.list(caller.get(), username);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token at once")
    @APIResponse(responseCode = "204", description = "Revoked (or already revoked).")
    public Response revokeToken(@PathParam("username") String username, @PathParam("id") long id) {
        tokens.revoke(caller.get(), username, id);
        return Response.noContent().build();
    }
}
