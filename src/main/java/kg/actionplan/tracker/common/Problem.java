package kg.actionplan.tracker.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the body of every error response.
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail, sent as application/problem+json with every error.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "Stable identifier of the kind of error.", examples = "urn:tracker:problem:not-found") String type,
        @Schema(description = "Short human summary of the kind of error.") String title,
        @Schema(description = "The HTTP status code.") int status,
        @Schema(description = "What went wrong in this occurrence.") String detail,
        @Schema(description = "The request path.") String instance,
        @Schema(description = "Every error found in the input, each with where it was found.") List<Error> errors,
        @Schema(description = "With a conflict: the address of the resource that already exists.") String existing) {

    public Problem(String type, String title, int status, String detail, String instance, List<Error> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The message of a missing request body. */
    public static final String BODY_REQUIRED = "a request body is required";

    /**
     * One error in the input: a JSON Pointer into a request body, or the name of a parameter.
     */
    @Schema(name = "ProblemError")
    public record Error(
            @Schema(description = "A JSON Pointer into the request body (/evidence/0/url), or the name of a parameter.") String path,
            String message) {

        /**
         * An error at the body's member reached through {@code path}: names of fields and indexes of arrays.
         */
        public static Error inBody(String message, Object... path) {
            return new Error(pointer(path), message);
        }
    }

    /**
     * The JSON Pointer (RFC 6901) of the member reached through {@code path}: names of fields and indexes of arrays.
     */
    public static String pointer(Object... path) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : path) {
            pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }
}
