package kg.actionplan.tracker.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Renders every failure as an RFC 9457 problem detail, so clients see one error format and never a stack trace.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors(), e.existing()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean inBody = e.getConstraintViolations().stream().anyMatch(ProblemMapper::isInBody);
        List<Problem.Error> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.Error(fieldPath(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Error::path))
                .toList();
        return inBody
                ? respond(new Problem(ProblemTypes.INVALID_INPUT, "Invalid input", 422,
                        "The request body breaks " + errors.size() + " rule(s).", path(uri), errors))
                : respond(new Problem(ProblemTypes.INVALID_PARAMETER, "Invalid parameter", 400,
                        "The request has " + errors.size() + " invalid parameter(s).", path(uri), errors));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping) {
            return unacceptableJson(mapping, uri);
        }
        String detail = "The request body is not valid JSON";
        if (e.getLocation() != null) {
            detail += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return respond(new Problem(ProblemTypes.MALFORMED_BODY, "Malformed request body", 400, detail + ".",
                path(uri), null));
    }

    /**
     * Well-formed JSON with a value that does not fit: an unknown field, a wrong type, a date that is no date. Takes
     * precedence over the Jackson extension's own mapper, whose body is not a problem detail.
     */
    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class})
    public Response unacceptableJson(JsonMappingException e, UriInfo uri) {
        String path = pointer(e.getPath());
        String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                : path.equals("/") ? "must be a JSON object of the documented shape"
                : expected(e);
        return respond(new Problem(ProblemTypes.INVALID_INPUT, "Invalid input", 422,
                "The request body has a value that cannot be accepted at " + path + ".", path(uri),
                List.of(new Problem.Error(path, message))));
    }

    @ServerExceptionMapper
    public Response payloadTooLarge(PayloadTooLargeException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413, e.getMessage(), path(uri),
                null));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE,
                        "Basic realm=\"action-plan-tracker\", charset=\"UTF-8\", Bearer realm=\"action-plan-tracker\"")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                        "This resource needs valid credentials: HTTP Basic, an API token (Bearer) or a browser "
                                + "session.", path(uri), null))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Your role does not allow this.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        return respond(switch (status) {
            case 404 -> new Problem(ProblemTypes.NOT_FOUND, "Not found", 404, "There is no resource at this address.", path(uri), null);
            case 405 -> new Problem(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", 405, "This resource does not support this HTTP method.", path(uri), null);
            case 406 -> new Problem(ProblemTypes.NOT_ACCEPTABLE, "Not acceptable", 406, "This resource cannot produce the media type asked for in Accept.", path(uri), null);
            case 413 -> new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413, "The request body is larger than this resource accepts.", path(uri), null);
            case 415 -> new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415, "This resource does not accept the request's Content-Type.", path(uri), null);
            case 400 -> new Problem(ProblemTypes.MALFORMED_BODY, "Bad request", 400, "The request could not be understood.", path(uri), null);
            default -> new Problem(ProblemTypes.HTTP_ERROR, "HTTP error " + status, status, null, path(uri), null);
        });
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(new Problem(ProblemTypes.INTERNAL_ERROR, "Internal error", 500,
                "The service failed unexpectedly. Quote incident " + incident + " when reporting it.", path(uri), null));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static boolean isInBody(ConstraintViolation<?> violation) {
        return violation.getLeafBean() != null && violation.getLeafBean() != violation.getRootBean();
    }

    /**
     * The name of a parameter, or a JSON Pointer into the body for a violation inside it.
     */
    private static String fieldPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(node -> {
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR) {
                nodes.add(node);
            }
        });
        if (nodes.size() == 1) {
            return nodes.get(0).getName();
        }
        List<Object> segments = new ArrayList<>();
        for (Path.Node node : nodes.subList(1, nodes.size())) {
            if (node.getIndex() != null) {
                segments.add(node.getIndex());
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                segments.add(node.getName());
            }
        }
        return Problem.pointer(segments.toArray());
    }

    private static String pointer(List<JsonMappingException.Reference> references) {
        return Problem.pointer(references.stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex())
                .toArray());
    }

    /**
     * What a value that could not be read should have been, in words.
     */
    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "has the wrong type or format";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type == LocalDate.class) {
            return "must be a date written YYYY-MM-DD";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "must be an object of the documented shape";
    }
}
