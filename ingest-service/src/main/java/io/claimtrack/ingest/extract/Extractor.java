package io.claimtrack.ingest.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The attribution pipeline: structure → sentences and tokens → quotes → cues → noun phrases → names → attribution
 * patterns (headline dash, speaker colon, dashed interview answers, plain Q&A answers, quotation with cue, reported speech and according-to, lead-in
 * and bullets, a quotation after a speaker's clause and colon, follow-on quotation) → resolution → dates →
 * calibrated confidence. Stateless and thread-safe; each call builds its
 * own {@link AnnotatedDocument}.
 */
public final class Extractor {

    private final List<Stage> stages;

    public Extractor() {
        this(Lexicon.get());
    }

    public Extractor(Lexicon lexicon) {
        this.stages = stages(lexicon);
    }

    /** The stages in the order they run; one attribution pattern per stage, precise patterns first. */
    static List<Stage> stages(Lexicon lexicon) {
        return List.of(new StructureStage(lexicon), new SentenceStage(), new QuoteStage(), new CueStage(lexicon),
                new PhraseStage(lexicon), new MentionStage(lexicon), new HeadlineDashStage(lexicon), new SpeakerColonStage(lexicon),
                new DashedInterviewStage(), new SwornWitnessStage(), new PlainInterviewStage(), new QuoteCueStage(lexicon),
                new StatementNounStage(lexicon),
                new ReportedSpeechStage(lexicon), new AddressedPremiseStage(), new AuthorVoiceStage(), new DissentVoice(),
                new LeadInStage(lexicon), new ColonQuoteStage(lexicon), new ChannelPostStage(),
                new FollowOnQuoteStage(lexicon), new InterruptingCue(), new OwnWireReportStage(), new ResolutionStage(lexicon), new DateStage(),
                new ConfidenceStage(Calibration.get()));
    }

    /** Reads the text's HTML character references first ({@link EntityText}); offsets stay those of {@code text}. */
    public AnnotatedDocument extract(String text, LocalDate published) {
        EntityText read = EntityText.of(text);
        return read == null ? run(text, published) : read.given(run(read.text, published), text);
    }

    private AnnotatedDocument run(String text, LocalDate published) {
        AnnotatedDocument doc = new AnnotatedDocument(text, published);
        for (Stage stage : stages) {
            stage.process(doc);
        }
        return doc;
    }
}
