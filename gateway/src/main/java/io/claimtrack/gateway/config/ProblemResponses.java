package io.claimtrack.gateway.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents every error an /api/v1 operation can answer, each as application/problem+json with the
 * Problem schema, in one place: the filters and mappers that produce them apply to every operation
 * alike, so per-method annotations would only drift. A description an operation gives for a code
 * (say, what its 404 means) is kept.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private record Error(String description, String title, String detail, boolean retryAfter) {
    }

    private static final Map<String, Error> READ = new LinkedHashMap<>();
    private static final Map<String, Error> WRITE = new LinkedHashMap<>();
    private static final Error NOT_FOUND = new Error("No such resource.", "Not Found",
            "no document doc_85c3c4c09e9fd2732627d4ff", false);

    private static final Error IN_PROGRESS = new Error("A request with the same Idempotency-Key is still in progress; "
            + "Retry-After says when to ask again.", "Conflict", "a request with this Idempotency-Key is still in progress", true);

    static {
        READ.put("400", new Error("Invalid input: a malformed or unknown query parameter or JSON field; "
                + "violations name each, with where it was (query, path, header or body).", "Bad Request",
                "unknown query parameter: publishedAt", false));
        READ.put("401", new Error("No X-API-Key header, or an unknown key.", "Unauthorized", "unknown API key", false));
        READ.put("429", new Error("Over the key's rate limit (each NDJSON line of a batch counts); Retry-After says when to try again.",
                "Too Many Requests", "rate limit of 120 requests per minute exceeded", true));
        READ.put("503", new Error("A downstream service is unavailable, slow or failing; Retry-After says when to try again. "
                + "For a POST the detail says whether the document may have been stored: repeating it is safe.",
                "Service Unavailable", "claims-service unavailable", true));
        WRITE.putAll(READ);
        WRITE.put("403", new Error("The key's role may not do this: POSTs need role editor.", "Forbidden",
                "an API key with role reader may not POST here; role editor is required", false));
        WRITE.put("413", new Error("The body is larger than the limit, however it is sent (also chunked).", "Payload Too Large",
                "request body is larger than 1048576 bytes", false));
        WRITE.put("422", new Error("The document could not be analysed in the time allowed (send it in parts), or an "
                + "Idempotency-Key was reused with a different request.", "Unprocessable Content",
                "this document could not be analysed in the time allowed; nothing was stored; send it in smaller parts", false));
        WRITE.put("415", new Error("No Content-Type, or one the operation does not accept; the detail lists those it does.",
                "Unsupported Media Type", "this route takes a JSON, plain-text or HTML body (application/json, text/plain, text/html); "
                + "got application/xml", false));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // resteasy-problem contributes its own problem schemas; the API documents one, Problem.
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            List.of("HttpProblem", "HttpValidationProblem", "Violation1").forEach(openAPI.getComponents()::removeSchema);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/v1")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, Error> errors = new LinkedHashMap<>(method == PathItem.HttpMethod.POST ? WRITE : READ);
        if (path.contains("{")) {
            errors.put("404", NOT_FOUND);
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean ownConflict = responses.getAPIResponse("409") != null;
        if (!ownConflict && operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "Idempotency-Key".equals(p.getName()))) {
            errors.put("409", IN_PROGRESS);
        }
        // any other error an operation declares (its own 404, 409, 422) is a Problem too
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, declared) -> {
                if (code.matches("[45]\\d\\d") && !errors.containsKey(code)) {
                    jakarta.ws.rs.core.Response.Status status = jakarta.ws.rs.core.Response.Status.fromStatusCode(Integer.parseInt(code));
                    String title = status == null ? "Error" : status.getReasonPhrase();
                    errors.put(code, new Error(declared.getDescription(), title, declared.getDescription(), false));
                }
            });
        }
        errors.forEach((code, error) -> {
            APIResponse existing = responses.getAPIResponse(code);
            String description = existing != null && existing.getDescription() != null ? existing.getDescription() : error.description();
            responses.addAPIResponse(code, response(description, error, Integer.parseInt(code), path));
        });
    }

    private static APIResponse response(String description, Error error, int status, String path) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("title", error.title());
        example.put("status", status);
        example.put("detail", error.detail());
        example.put("instance", path);
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                .example(example);
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, problem));
        if (error.retryAfter()) {
            Header retryAfter = OASFactory.createHeader()
                    .description("Seconds to wait before trying again.")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER));
            response.addHeader("Retry-After", retryAfter);
        }
        return response;
    }
}
