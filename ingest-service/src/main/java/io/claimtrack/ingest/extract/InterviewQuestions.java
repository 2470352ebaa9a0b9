package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * Whether a page's "Q:" / "A:" paragraphs are an interview of someone it introduces, or an explainer's questions
 * the paper answers; part of {@link SpeakerColonStage}.
 */
final class InterviewQuestions {

    /** Words of a question put to someone. */
    private static final Set<String> ADDRESSED = WordSet.of("you", "your", "yours", "yourself", "yourselves");

    private InterviewQuestions() {
    }

    /**
     * Whether the "Q:" / "A:" paragraphs read as an interview: a question asks someone ("Will you run again?") or an
     * answer speaks for its speaker ("We have not decided"). An explainer's questions are the reader's ("What would
     * Question 3 do?", "When do I have to vote?") and its answers the paper's, in the third person.
     */
    static boolean interviewed(AttributionContext ctx) {
        for (Sentence s : ctx.doc.sentences) {
            Block block = ctx.doc.block(s.block());
            if (s.start() != block.start() || block.kind() != Block.Kind.PARAGRAPH || TurnLabels.labelEnd(ctx, s) < 0) {
                continue;
            }
            String label = ctx.tokens.get(s.firstToken()).lower();
            Set<String> voice = SpeakerColonStage.QUESTION_LABELS.contains(label) ? ADDRESSED
                    : SpeakerColonStage.ANSWER_LABELS.contains(label) ? FunctionWords.FIRST_PERSON_WORDS : null;
            for (int k = s.firstToken(); voice != null && k < ctx.doc.tokenAtOrAfter(block.end()); k++) {
                if (voice.contains(ctx.tokens.get(k).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the person the title names is the one questioned: given a title there ("Ambassador Miro Halonen") or
     * named again in the introduction before the first question ("A talk with Anna Holm." / "Harbour master Anna Holm
     * spent Monday ..."). A place read as a name ("What a vote on the Port Ellery transit tax would do") introduces no
     * one.
     */
    static boolean introduced(AnnotatedDocument doc, Mention m, int title, int firstQuestion) {
        if (!m.role().isEmpty()) {
            return true;
        }
        String surname = Name.lastWord(Name.words(m.text()));
        int from = doc.block(title).end();
        for (int k = Sorted.firstAtLeast(doc.names, Name::offset, from); k < doc.names.size() && doc.names.get(k).offset() < firstQuestion; k++) {
            if (doc.names.get(k).surname().equals(surname)) {
                return true;
            }
        }
        return false;
    }
}
