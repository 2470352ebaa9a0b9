package io.claimtrack.ingest.extract;

/**
 * A modal of a thing still to come, written out ("will") or contracted against its subject pronoun ("we'll",
 * "she’d"). The tokenizer keeps "we'll" one word, so "'ll" is never a token of its own: every reader asks here.
 */
final class ModalsToCome {

    private ModalsToCome() {
    }

    /** "will", "we'll", "They’ll". */
    static boolean will(Token t) {
        return t.is("will") || PhraseShapes.contractedAuxiliary(t).equals("ll");
    }

    /** "will", "would", "we'll", "she’d": a future, or one shifted into the past, before a verb's plain form. */
    static boolean future(Token t) {
        return t.is("will") || t.is("would") || contracted(t);
    }

    /** "he’d", "they'll": a pronoun with "would" or "will" written against it; before a past form "’d" is "had". */
    static boolean contracted(Token t) {
        String rest = PhraseShapes.contractedAuxiliary(t);
        return rest.equals("d") || rest.equals("ll");
    }
}
