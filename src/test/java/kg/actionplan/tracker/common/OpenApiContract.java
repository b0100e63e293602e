package kg.actionplan.tracker.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

/**
 * openapi.yaml read as a judge of HTTP exchanges: {@link #breaches} lists every way one exchange departs from it.
 *
 * <p>Schemas are checked as JSON Schema 2020-12, the dialect of OpenAPI 3.1, by networknt's validator (the
 * swagger-request-validator understands OpenAPI 3.0 only). A response is always judged: its status must be declared
 * for the operation, its media type declared for that status, its JSON body valid against the declared schema and
 * its required headers present. A request is judged only when the service accepted it (2xx): then the service took
 * something, and the contract must say that it may be sent; refused requests are the tests' deliberate mistakes.
 */
final class OpenApiContract {

    /** Where the contract is registered for the validator, so that its {@code $ref}s resolve. */
    private static final String DOCUMENT = "https://contract.invalid/openapi.json";
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    /** One HTTP exchange as a test made it. */
    record Exchange(String method, URI uri, Optional<String> requestContentType, Optional<String> requestBody,
            int status, Optional<String> responseContentType, Map<String, String> responseHeaders,
            byte[] responseBody) {
    }

    private record Route(String template, Pattern pattern, List<String> names, JsonNode item) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    private final Map<JsonNode, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final AtomicInteger inline = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    private OpenApiContract(JsonNode document) {
        absoluteReferences(document);
        closeObjects(document);
        String text = document.toString();
        // The OpenAPI 3.1 dialect, which knows discriminator, example and the like; the rest of the document
        // (paths, info) is read only to reach the schemas, so its words are not schema keywords to warn about.
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi31.getInstance())
                .unknownKeywordFactory((keyword, context) -> new NonValidationKeyword(keyword))
                .build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(dialect)
                .defaultMetaSchemaIri(dialect.getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT, text))));
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            List<String> names = new ArrayList<>();
            Matcher matcher = TEMPLATE_PARAMETER.matcher(path.getKey());
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (matcher.find()) {
                regex.append(Pattern.quote(path.getKey().substring(last, matcher.start()))).append("([^/]+)");
                names.add(matcher.group(1));
                last = matcher.end();
            }
            regex.append(Pattern.quote(path.getKey().substring(last)));
            routes.add(new Route(path.getKey(), Pattern.compile(regex.toString()), names, path.getValue()));
        }
        // A literal segment wins over a parameter, as in the server's own matching.
        routes.sort(Comparator.comparingInt((Route route) -> route.names().size()));
    }

    static OpenApiContract read(Path file) {
        try {
            return new OpenApiContract(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every departure of the exchange from the contract, in words; empty when it keeps to it.
     */
    List<String> breaches(Exchange exchange) {
        String path = exchange.uri().getRawPath();
        if (!path.startsWith("/api/") || "OPTIONS".equalsIgnoreCase(exchange.method())) {
            // Quarkus' own endpoints (health, metrics, the contract itself) and the pages for people are not the
            // API, and OPTIONS is HTTP's question about any path (Allow, CORS), answered by the server for every
            // resource alike.
            return List.of();
        }
        String method = exchange.method().toLowerCase(Locale.ROOT);
        List<String> breaches = new ArrayList<>();
        Optional<Map.Entry<Route, Map<String, String>>> match = match(path);
        if (match.isEmpty()) {
            if (exchange.status() != 404) {
                breaches.add("the contract has no path " + path + ", yet the service answered " + exchange.status());
            }
            return breaches;
        }
        Route route = match.get().getKey();
        JsonNode operation = route.item().get("head".equals(method) ? "get" : method);
        String where = exchange.method() + " " + route.template() + " → " + exchange.status();
        if (operation == null) {
            if (exchange.status() != 405) {
                breaches.add(where + ": the contract has no " + exchange.method() + " on this path");
            }
            return breaches;
        }
        checkResponse(where, route, method, operation, exchange, breaches);
        if (exchange.status() / 100 == 2) {
            checkRequest(where, route, operation, match.get().getValue(), exchange, breaches);
        }
        return breaches;
    }

    private Optional<Map.Entry<Route, Map<String, String>>> match(String path) {
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    values.put(route.names().get(i), URLDecoder.decode(matcher.group(i + 1), StandardCharsets.UTF_8));
                }
                return Optional.of(Map.entry(route, values));
            }
        }
        return Optional.empty();
    }

    private void checkResponse(String where, Route route, String method, JsonNode operation, Exchange exchange,
            List<String> breaches) {
        JsonNode responses = operation.path("responses");
        String status = Integer.toString(exchange.status());
        JsonNode declared = Optional.ofNullable(responses.get(status))
                .or(() -> Optional.ofNullable(responses.get(status.charAt(0) + "XX")))
                .orElse(responses.get("default"));
        if (declared == null) {
            breaches.add(where + ": status " + status + " is not declared for this operation");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = declared.path("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> header = it.next();
            if (header.getValue().path("required").asBoolean() && !exchange.responseHeaders()
                    .containsKey(header.getKey().toLowerCase(Locale.ROOT))) {
                breaches.add(where + ": the required header " + header.getKey() + " is missing");
            }
        }
        boolean bodyDeclared = declared.has("content") && !declared.get("content").isEmpty();
        if (exchange.responseBody().length == 0 || "head".equals(method)) {
            if (bodyDeclared && !"head".equals(method)) {
                breaches.add(where + ": the contract declares a body, the service sent none");
            }
            return;
        }
        if (!bodyDeclared) {
            breaches.add(where + ": the service sent a body where the contract declares none");
            return;
        }
        String mediaType = exchange.responseContentType().map(OpenApiContract::mediaType).orElse("");
        JsonNode content = mediaTypeEntry(declared.get("content"), mediaType);
        if (content == null) {
            breaches.add(where + ": the media type '" + mediaType + "' is not declared (declared: "
                    + names(declared.get("content")) + ")");
            return;
        }
        if (isJson(mediaType) && content.has("schema")) {
            validate(where + " response body", content.get("schema"), exchange.responseBody(), breaches);
        }
    }

    private void checkRequest(String where, Route route, JsonNode operation, Map<String, String> pathValues,
            Exchange exchange, List<String> breaches) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode list : List.of(route.item().path("parameters"), operation.path("parameters"))) {
            list.forEach(parameter -> parameters.put(parameter.path("in").asText() + ":" + parameter.path("name")
                    .asText(), parameter));
        }
        Map<String, List<String>> query = query(exchange.uri());
        for (Map.Entry<String, List<String>> sent : query.entrySet()) {
            JsonNode parameter = parameters.get("query:" + sent.getKey());
            if (parameter == null) {
                breaches.add(where + ": the query parameter '" + sent.getKey() + "' is not declared");
                continue;
            }
            for (String value : sent.getValue()) {
                validateParameter(where, parameter, value, breaches);
            }
        }
        pathValues.forEach((name, value) -> Optional.ofNullable(parameters.get("path:" + name)).ifPresentOrElse(
                parameter -> validateParameter(where, parameter, value, breaches),
                () -> breaches.add(where + ": the path parameter '" + name + "' is not declared")));
        parameters.values().stream()
                .filter(parameter -> "query".equals(parameter.path("in").asText()))
                .filter(parameter -> parameter.path("required").asBoolean())
                .filter(parameter -> !query.containsKey(parameter.path("name").asText()))
                .forEach(parameter -> breaches.add(where + ": the required query parameter '"
                        + parameter.path("name").asText() + "' was not sent"));

        JsonNode requestBody = operation.get("requestBody");
        if (exchange.requestBody().isEmpty()) {
            if (requestBody != null && requestBody.path("required").asBoolean()) {
                breaches.add(where + ": the service accepted a request without the body the contract requires");
            }
            return;
        }
        if (requestBody == null) {
            breaches.add(where + ": the service accepted a body where the contract declares none");
            return;
        }
        String mediaType = exchange.requestContentType().map(OpenApiContract::mediaType).orElse("");
        JsonNode content = mediaTypeEntry(requestBody.path("content"), mediaType);
        if (content == null) {
            breaches.add(where + ": the service accepted a request body of type '" + mediaType
                    + "', which the contract does not declare");
        } else if (isJson(mediaType) && content.has("schema")) {
            validate(where + " request body", content.get("schema"),
                    exchange.requestBody().get().getBytes(StandardCharsets.UTF_8), breaches);
        }
    }

    private void validateParameter(String where, JsonNode parameter, String value, List<String> breaches) {
        JsonNode schema = parameter.path("schema");
        JsonNode typed = switch (schema.path("type").asText()) {
            case "integer" -> value.matches("-?\\d{1,18}") ? LongNode.valueOf(Long.parseLong(value)) : TextNode.valueOf(value);
            case "boolean" -> "true".equals(value) || "false".equals(value) ? BooleanNode.valueOf(Boolean.parseBoolean(value))
                    : TextNode.valueOf(value);
            default -> TextNode.valueOf(value);
        };
        schemaOf(schema).validate(typed).forEach(message -> breaches.add(where + ": the " + parameter.path("in")
                .asText() + " parameter '" + parameter.path("name").asText() + "' = '" + value + "' "
                + message.getError()));
    }

    private void validate(String where, JsonNode schema, byte[] body, List<String> breaches) {
        JsonNode instance;
        try {
            instance = json.readTree(body);
        } catch (IOException e) {
            breaches.add(where + " is not JSON: " + e.getMessage());
            return;
        }
        for (ValidationMessage message : schemaOf(schema).validate(instance)) {
            breaches.add(where + " at '" + message.getInstanceLocation() + "': " + message.getError());
        }
    }

    private JsonSchema schemaOf(JsonNode schema) {
        return compiled.computeIfAbsent(schema, node -> factory.getSchema(
                SchemaLocation.of("https://contract.invalid/inline/" + inline.incrementAndGet() + ".json"), node,
                config));
    }

    private static JsonNode mediaTypeEntry(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return content.get(mediaType);
        }
        String range = mediaType.contains("/") ? mediaType.substring(0, mediaType.indexOf('/')) + "/*" : "";
        return content.has(range) ? content.get(range) : content.get("*/*");
    }

    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (uri.getRawQuery() == null || uri.getRawQuery().isEmpty()) {
            return query;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    /**
     * Lets no object carry a property its schema does not name, unless the schema says otherwise: the contract
     * should describe everything the service sends ("and nothing more"), and a field it forgets would reach no
     * generated client.
     */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && object.get("properties").isObject()
                && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
            object.put("unevaluatedProperties", false);
        }
        node.forEach(OpenApiContract::closeObjects);
    }

    /**
     * Makes every {@code $ref} of the contract absolute, so that a schema taken from anywhere in it can be compiled
     * on its own and still find the components it names.
     */
    private static void absoluteReferences(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                object.put("$ref", DOCUMENT + ref.asText());
            }
        }
        node.forEach(OpenApiContract::absoluteReferences);
    }
}
