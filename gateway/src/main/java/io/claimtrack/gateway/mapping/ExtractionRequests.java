package io.claimtrack.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;

import io.claimtrack.gateway.model.ExtractionRequest;

/**
 * Reads the three accepted body types into one request: JSON as is (strictly, {@link StrictJson}),
 * text/plain and text/html with the metadata from query parameters.
 */
@ApplicationScoped
public class ExtractionRequests {

    private final StrictJson json;

    @Inject
    public ExtractionRequests(StrictJson json) {
        this.json = json;
    }

    public ExtractionRequest read(String body, MediaType type, String source, String url, String published) {
        ExtractionRequest request;
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            request = json.read(body, ExtractionRequest.class, "a JSON object with a text field");
        } else {
            String format = MediaType.TEXT_HTML_TYPE.isCompatible(type) ? "html" : "text";
            request = new ExtractionRequest(body, source, url, published, format);
        }
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw StrictJson.invalid("text", "text must not be empty");
        }
        return request;
    }
}
