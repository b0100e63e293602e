package kg.actionplan.tracker.common;

import java.util.ArrayList;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import kg.actionplan.tracker.session.SessionService;

/**
 * Completes the contract in one place rather than on every resource: every error response gets its body, the
 * problem detail; every operation that needs an account (the resources mark it {@code basic}) accepts any of the
 * three ways to sign in; and every other one says that it needs none ({@code security: []}).
 */
public class OpenApiFilter implements OASFilter {

    private static final String BASIC = "basic";
    private static final String BEARER = "bearer";
    private static final String SESSION = "session";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addSecuritySchemes(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().values().forEach(operation -> {
                acceptEverySignIn(operation);
                declareCommonErrors(operation);
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach(OpenApiFilter::describeError);
                }
            });
        }
    }

    /**
     * The errors that the HTTP and sign-in layers answer for any operation of their kind, so that no status a client
     * can get goes undeclared; an operation's own description of one wins.
     */
    private static void declareCommonErrors(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        declare(operation, "406", "The Accept header names no media type this operation produces.");
        if (operation.getRequestBody() != null) {
            declare(operation, "400", "The body is not valid JSON.");
            declare(operation, "413", "The body is larger than the service accepts (1 MiB).");
            declare(operation, "415", "The body is not sent as application/json.");
        }
        if (!operation.getSecurity().isEmpty()) {
            declare(operation, "429", "Too many failed sign-ins for the account or from the address; see Retry-After.");
            declare(operation, "503", "Every password check is busy; try again shortly, or use an API token.");
        }
    }

    private static void declare(Operation operation, String code, String description) {
        if (operation.getResponses().getAPIResponse(code) == null) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void describeError(String code, APIResponse response) {
        if (code.startsWith("4") || code.startsWith("5")) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        }
    }

    private static void acceptEverySignIn(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // Public: say so, rather than leave a reader to guess.
            operation.setSecurity(new ArrayList<>());
            return;
        }
        if (operation.getSecurity() != null
                && operation.getSecurity().stream().anyMatch(requirement -> requirement.hasScheme(BASIC))) {
            operation.setSecurity(null);
            operation.addSecurityRequirement(requirement(BASIC))
                    .addSecurityRequirement(requirement(BEARER))
                    .addSecurityRequirement(requirement(SESSION));
        }
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static void addSecuritySchemes(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSecurityScheme(BASIC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Username and password on every request: each costs a password hash. For scripts."));
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("apt_ followed by 43 characters")
                .description("An API token of an account (POST /api/v1/users/{username}/tokens). For agencies' "
                        + "systems."));
        components.addSecurityScheme(SESSION, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name(SessionService.COOKIE)
                .description("The cookie of a browser session (POST /api/v1/session). POST, PUT, PATCH and DELETE "
                        + "must also carry the session's CSRF token in the " + SessionService.CSRF_HEADER + " header."));
    }
}
