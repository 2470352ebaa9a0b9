package io.claimtrack.ingest.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The attribution pipeline: structure → sentences and tokens → quotes → cues → speakers → resolution →
 * dates. Stateless and thread-safe; each call builds its own {@link AnnotatedDocument}.
 */
public final class Extractor {

    private final List<Stage> stages;

    public Extractor() {
        this(Lexicon.get());
    }

    public Extractor(Lexicon lexicon) {
        this.stages = List.of(new StructureStage(lexicon), new SentenceStage(), new QuoteStage(), new CueStage(lexicon),
                new AttributionStage(lexicon), new ResolutionStage(lexicon), new DateStage());
    }

    public AnnotatedDocument extract(String text, LocalDate published) {
        AnnotatedDocument doc = new AnnotatedDocument(text, published);
        for (Stage stage : stages) {
            stage.process(doc);
        }
        return doc;
    }
}
