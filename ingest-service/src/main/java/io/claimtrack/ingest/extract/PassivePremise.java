package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "QUESTION: The ferry plan has been criticised by the pilots' union. Will you change it?": a question's premise that
 * is one passive sentence whose cue names its agent after "by" reports the agent's position, a statement of the agent
 * (the passive's subject its content, the auxiliaries and the participle its cue); the questioner asserts nothing of
 * their own there. Asked by {@link Turns} for a question turn whose premise has no active cue.
 */
final class PassivePremise {

    /** The forms of "be" a passive cue follows: "has been criticised", "was condemned". */
    private static final Set<String> BE = WordSet.union(List.of(FunctionWords.BE_FORMS), "been");

    /** Participles of a position a passive premise reports: "has been criticised by", "was condemned by". */
    private static final Set<String> POSITIONS = WordSet.of("criticised", "criticized", "condemned", "denounced",
            "praised", "welcomed", "questioned", "disputed", "challenged", "opposed", "rejected");

    private PassivePremise() {
    }

    /**
     * Adds the agent's statement when tokens {@code [first, questions)} are one passive sentence "X has been V-ed by
     * Y."; whether it did.
     */
    static boolean add(AttributionContext ctx, int first, int questions, int blockIndex) {
        List<Token> t = ctx.tokens;
        Sentence s = ctx.doc.sentenceAt(t.get(first).start());
        // The sentence may open at the turn's label: "QUESTION (Radio Vell): The plan has been ...".
        if (s == null || s.firstToken() > first || s.endToken() != questions) {
            return false;
        }
        int end = t.get(questions - 1).is(".") ? questions - 1 : questions;
        for (int k = first + 2; k + 2 < end && k - first < Windows.PHRASE_TOKENS; k++) {
            if (!POSITIONS.contains(t.get(k).lower()) || !BE.contains(t.get(k - 1).lower()) || !t.get(k + 1).is("by")
                    || end - (k + 2) > Windows.PHRASE_TOKENS) {
                continue;
            }
            int aux = k - 1;
            while (aux - 1 > first && (FunctionWords.HAVE_FORMS.contains(t.get(aux - 1).lower())
                    || FunctionWords.MODALS.contains(t.get(aux - 1).lower()) || t.get(aux - 1).is("been"))) {
                aux--;
            }
            Mention agent = ctx.mentions.describe(k + 2, end);
            if (agent == null || agent.isPronoun()) {
                return false;
            }
            String verb = ctx.doc.text(t.get(aux).start(), t.get(k).end());
            Attribution a = new Attribution(Attribution.Source.CUE, agent, verb, t.get(first).start(), t.get(aux - 1).end(),
                    blockIndex, 0.7);
            ctx.content.finishType(a);
            ctx.add(a);
            return true;
        }
        return false;
    }
}
