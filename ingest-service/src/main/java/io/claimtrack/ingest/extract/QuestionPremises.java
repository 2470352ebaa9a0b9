package io.claimtrack.ingest.extract;

/**
 * "Question: Chancellor, the Finance Minister said on Monday that taxes will rise. Will they?": a description in a
 * briefing's question is someone the questioner knows, not a person the answers name later ("Finance Minister Olaf
 * Brandt and I discussed this" may be another country's minister); it keeps its mention unless the text names its
 * holder before the question ends. Part of {@link ResolutionStage}.
 */
final class QuestionPremises {

    private final AnnotatedDocument doc;
    private final NameIndex names;

    QuestionPremises(AnnotatedDocument doc, NameIndex names) {
        this.doc = doc;
        this.names = names;
    }

    /** Whether {@code a}'s speaker, a description resolved to a person, is named only after the question turn it is in. */
    boolean namedOnlyAfter(Attribution a) {
        Mention m = a.mention;
        if (m == null || m.hasName() || m.isPronoun() || a.kind != SpeakerKind.PERSON || a.speaker == null
                || a.speaker.equals(m.text()) || !doc.questionTurns.get(a.block)) {
            return false;
        }
        int first = names.firstNamed(a.speaker);
        return first < 0 || first >= doc.block(a.block).end();
    }
}
