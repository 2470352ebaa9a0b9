package io.claimtrack.ingest.mapping;

import io.claimtrack.ingest.extract.AnnotatedDocument;
import io.claimtrack.ingest.extract.Attribution;
import io.claimtrack.ingest.model.DocumentInfo;
import io.claimtrack.ingest.model.ExtractionRequest;
import io.claimtrack.ingest.model.ExtractionResponse;
import io.claimtrack.ingest.model.StatementDto;
import java.util.ArrayList;
import java.util.List;

/** From the pipeline's document model to the API's response shape. */
public final class ExtractionMapper {

    private ExtractionMapper() {
    }

    public static ExtractionResponse toResponse(AnnotatedDocument doc, ExtractionRequest request, String htmlTitle) {
        List<StatementDto> statements = new ArrayList<>(doc.attributions.size());
        for (Attribution a : doc.attributions) {
            statements.add(toStatement(doc, a));
        }
        String title = htmlTitle != null ? htmlTitle : doc.titleBlock >= 0 ? doc.blockText(doc.titleBlock) : null;
        DocumentInfo.DatelineDto dateline = doc.dateline == null ? null
                : new DocumentInfo.DatelineDto(doc.dateline.place(),
                        doc.dateline.date() == null ? null : doc.dateline.date().toString(), doc.dateline.wire());
        String source = request.source() != null ? request.source() : doc.dateline != null ? doc.dateline.wire() : null;
        String published = doc.published != null ? doc.published.toString()
                : doc.dateline != null && doc.dateline.date() != null ? doc.dateline.date().toString() : null;
        DocumentInfo info = new DocumentInfo(title, source, request.url(), published, "en", dateline, doc.text);
        return new ExtractionResponse(info, statements);
    }

    private static StatementDto toStatement(AnnotatedDocument doc, Attribution a) {
        StatementDto.SpeakerDto speaker = new StatementDto.SpeakerDto(a.speaker, a.mentionText(), a.role, a.kind.apiName());
        List<Attribution.Part> said = a.parts();
        // One part is the whole span: the API then leaves parts out and content is all of what was said.
        List<StatementDto.SpanDto> parts = said.size() < 2 ? null
                : said.stream().map(p -> new StatementDto.SpanDto(p.start(), p.end())).toList();
        return new StatementDto(speaker, doc.text(a.contentStart, a.contentEnd),
                new StatementDto.SpanDto(a.contentStart, a.contentEnd), parts, a.cue, a.type.apiName(), a.date,
                a.nested ? Boolean.TRUE : null, a.via, doc.region(a.block), Math.round(a.confidence * 100) / 100.0);
    }
}
