package io.claimtrack.ingest.extract;

import java.util.Locale;

/**
 * "Question: Chancellor, the Finance Minister said on Monday that taxes will rise. Will they?": a description in a
 * briefing's question is someone the questioner knows, not a person the answers name later ("Finance Minister Olaf
 * Brandt and I discussed this" may be another country's minister); it keeps its mention unless the text names its
 * holder before the question ends. Part of {@link ResolutionStage}.
 */
final class QuestionPremises {

    private QuestionPremises() {
    }

    /** Whether {@code a}'s speaker, a description resolved to a person, is named only after the question turn it is in. */
    static boolean namedOnlyAfter(AnnotatedDocument doc, Attribution a, NameIndex names) {
        Mention m = a.mention;
        if (m == null || m.hasName() || m.isPronoun() || a.kind != SpeakerKind.PERSON || a.speaker == null
                || a.speaker.equals(m.text()) || !questionTurn(doc, doc.block(a.block))) {
            return false;
        }
        int end = doc.block(a.block).end();
        for (int j = 0; j < doc.names.size() && doc.names.get(j).offset() < end; j++) {
            Name n = doc.names.get(j);
            if (n.kind() == SpeakerKind.PERSON && a.speaker.equals(names.expand(n.text(), SpeakerKind.PERSON, n.offset()))) {
                return false;
            }
        }
        return true;
    }

    /** "Question: ...", "Q (Harbour Post): ...": a paragraph put to someone under a question label. */
    private static boolean questionTurn(AnnotatedDocument doc, Block b) {
        int colon = doc.text.indexOf(':', b.start());
        if (colon < 0 || colon >= b.end()) {
            return false;
        }
        String label = doc.text(b.start(), colon).strip().toLowerCase(Locale.ROOT);
        int bracket = label.indexOf('(');
        return SpeakerColonStage.QUESTION_LABELS.contains((bracket > 0 ? label.substring(0, bracket) : label).strip());
    }
}
