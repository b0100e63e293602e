package kg.actionplan.tracker.common;

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
 * problem detail; and every operation that needs an account (the resources mark it {@code basic}) accepts any of
 * the three ways to sign in.
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
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach(OpenApiFilter::describeError);
                }
                acceptEverySignIn(operation);
            });
        }
    }

    private static void describeError(String code, APIResponse response) {
        if (code.startsWith("4") || code.startsWith("5")) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        }
    }

    private static void acceptEverySignIn(Operation operation) {
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
