package io.claimtrack.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrack.ingest.config.IngestConfig;
import io.claimtrack.ingest.extract.AnnotatedDocument;
import io.claimtrack.ingest.extract.Extractor;
import io.claimtrack.ingest.mapping.ExtractionMapper;
import io.claimtrack.ingest.model.ExtractionBatch;
import io.claimtrack.ingest.model.ExtractionBatchResult;
import io.claimtrack.ingest.model.ExtractionOutcome;
import io.claimtrack.ingest.model.ExtractionRequest;
import io.claimtrack.ingest.model.ExtractionResponse;
import io.claimtrack.ingest.observability.ExtractionMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Validates a submitted document, converts HTML to text and runs the extractor. Stores nothing. */
@ApplicationScoped
public class ExtractionService {

    private final Extractor extractor = new Extractor();
    private final IngestConfig config;
    private final ObjectMapper json;
    private final ExtractionMetrics metrics;

    public ExtractionService(IngestConfig config, ObjectMapper json, ExtractionMetrics metrics) {
        this.config = config;
        this.json = json;
        this.metrics = metrics;
    }

    /** A JSON request body. */
    public ExtractionResponse extractJson(byte[] body) {
        checkSize(body, config.maxBodyBytes());
        return extract(read(body, ExtractionRequest.class));
    }

    /**
     * Many documents in one JSON body, so that a batch costs one call instead of one per document. Each
     * document gets the outcome POST /extractions would have given it alone; one bad document does not
     * fail the others. Only a body that is not a batch at all, or one over the limits, is refused whole.
     */
    public ExtractionBatchResult extractBatch(byte[] body) {
        checkSize(body, config.maxBatchBytes());
        ExtractionBatch batch = read(body, ExtractionBatch.class);
        if (batch.documents() == null || batch.documents().isEmpty()) {
            throw new BadRequestException("Field 'documents' is required and must list at least one document");
        }
        if (batch.documents().size() > config.maxBatchDocuments()) {
            throw new WebApplicationException("Batch of " + batch.documents().size() + " documents is over the limit of "
                    + config.maxBatchDocuments(), Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return new ExtractionBatchResult(batch.documents().stream().map(this::outcome).toList());
    }

    private ExtractionOutcome outcome(ExtractionRequest request) {
        try {
            if (request == null) {
                throw new BadRequestException("Each document must be a JSON object with a text field");
            }
            // at most 3 UTF-8 bytes a UTF-16 unit: most texts need no exact count
            if (request.text() != null && request.text().length() * 3L > config.maxBodyBytes()
                    && request.text().getBytes(StandardCharsets.UTF_8).length > config.maxBodyBytes()) {
                throw new WebApplicationException("Document text is over the limit of " + config.maxBodyBytes() + " bytes",
                        Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
            return ExtractionOutcome.extracted(extract(request));
        } catch (WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return ExtractionOutcome.failed(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
        }
    }

    private <T> T read(byte[] body, Class<T> type) {
        T value;
        try {
            value = json.readValue(decode(body), type);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("Request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (value == null) {
            throw new BadRequestException("Request body is empty");
        }
        return value;
    }

    /** A text/plain or text/html body with its metadata from query parameters. */
    public ExtractionResponse extractRaw(byte[] body, String format, String source, String url, String published) {
        checkSize(body, config.maxBodyBytes());
        return extract(new ExtractionRequest(decode(body), source, url, published, format));
    }

    public ExtractionResponse extract(ExtractionRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            throw new BadRequestException("Field 'text' is required and must not be blank");
        }
        String format = request.format() == null ? "text" : request.format().toLowerCase(Locale.ROOT);
        LocalDate published = parseDate(request.published());
        String title = null;
        String text = request.text();
        switch (format) {
            case "text" -> { }
            case "html" -> {
                HtmlText.Page page = HtmlText.convert(text);
                title = page.title();
                text = page.text();
            }
            default -> throw new BadRequestException("Unknown format '" + request.format() + "': use text or html");
        }
        long start = System.nanoTime();
        AnnotatedDocument doc = extractor.extract(text, published);
        ExtractionResponse response = ExtractionMapper.toResponse(doc, request, title);
        metrics.extracted(format, text.length(), response.statements().size(), System.nanoTime() - start);
        return response;
    }

    private static void checkSize(byte[] body, int limit) {
        if (body == null || body.length == 0) {
            throw new BadRequestException("Request body is empty");
        }
        if (body.length > limit) {
            throw new WebApplicationException("Request body of " + body.length + " bytes is over the limit of "
                    + limit + " bytes", Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("Request body is not valid UTF-8");
        }
    }

    static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return s.length() == 10 ? LocalDate.parse(s) : OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Field 'published' must be an ISO date or date-time, got '" + s + "'");
        }
    }
}
