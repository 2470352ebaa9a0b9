package io.claimtrack.gateway.mapping;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.claimtrack.gateway.model.ExtractionRequest;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Reads the three accepted body types into one request: JSON as is, text/plain and text/html with
 * the metadata from query parameters. JSON is read strictly (an unknown field, or a number where
 * text belongs, is a 400 naming the field) and errors speak of the request, not of the parser.
 */
@ApplicationScoped
public class ExtractionRequests {

    private final ObjectReader strict;

    @Inject
    public ExtractionRequests(ObjectMapper json) {
        ObjectMapper mapper = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        strict = mapper.readerFor(ExtractionRequest.class);
    }

    public ExtractionRequest read(String body, MediaType type, String source, String url, String published) {
        ExtractionRequest request;
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            request = parseJson(body);
        } else {
            String format = MediaType.TEXT_HTML_TYPE.isCompatible(type) ? "html" : "text";
            request = new ExtractionRequest(body, source, url, published, format);
        }
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw invalid("text", "text must not be empty");
        }
        return request;
    }

    private ExtractionRequest parseJson(String body) {
        try {
            return strict.readValue(body);
        } catch (UnrecognizedPropertyException e) {
            throw invalid(e.getPropertyName(), "unknown field: " + e.getPropertyName() + "; known fields: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (MismatchedInputException e) {
            String field = field(e);
            throw field == null
                    ? invalid(null, "body must be a JSON object with a text field")
                    : invalid(field, field + " must be " + (e.getTargetType() == null || e.getTargetType() == String.class ? "a string" : "of type " + e.getTargetType().getSimpleName()));
        } catch (JsonParseException e) {
            throw invalid(null, "body is not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (JsonProcessingException e) {
            throw invalid(null, "body is not a valid JSON extraction request");
        }
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(name -> name != null)
                .reduce((first, second) -> first + "." + second).orElse(null);
    }

    private static HttpProblem invalid(String field, String detail) {
        HttpProblem.Builder problem = HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST)
                .withTitle(Response.Status.BAD_REQUEST.getReasonPhrase()).withDetail(detail);
        if (field != null) {
            problem.with("violations", List.of(Map.of("field", field, "in", "body", "message", detail)));
        }
        return problem.build();
    }
}
