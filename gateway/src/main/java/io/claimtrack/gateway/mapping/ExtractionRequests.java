package io.claimtrack.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimtrack.gateway.model.ExtractionRequest;

/**
 * Reads the three accepted body types into one request: JSON as is, text/plain and text/html with
 * the metadata from query parameters. Downstream always receives JSON.
 */
@ApplicationScoped
public class ExtractionRequests {

    @Inject
    ObjectMapper json;

    public ExtractionRequest read(String body, MediaType type, String source, String url, String published) {
        ExtractionRequest request;
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            request = parseJson(body);
        } else {
            String format = MediaType.TEXT_HTML_TYPE.isCompatible(type) ? "html" : "text";
            request = new ExtractionRequest(body, source, url, published, format);
        }
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new BadRequestException("text must not be empty");
        }
        return request;
    }

    private ExtractionRequest parseJson(String body) {
        try {
            return json.readValue(body, ExtractionRequest.class);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("body is not a valid JSON extraction request: " + e.getOriginalMessage());
        }
    }
}
