package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * "Walt Lund punched out at 6:58. / He has worked at the mill for 41 years. Then, in August, the company announced ...
 * / 'I thought I would leave,' he said": sentences the narrator opens with the same pronoun carry its person on, so a
 * pronoun that finds no one within reach looks again from the last of them; part of {@link PronounResolver}, one per
 * document.
 */
final class PronounChain {

    private final AnnotatedDocument doc;
    /** Per pronoun, the last sentence opened by it at or before a sentence, each found once: a run of pronouns asks again and again. */
    private final Map<String, LastPassing> openings = new HashMap<>();

    PronounChain(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /**
     * Where the last sentence before {@code to} and within {@link ResolutionWindows#PRONOUN_SUBJECT_CHARS} of it that opens with
     * {@code pronoun} ("he", "she") starts, or -1.
     */
    int lastOpening(String pronoun, int to) {
        int i = openings.computeIfAbsent(pronoun, p -> new LastPassing(doc.sentences.size(), j -> opens(doc.sentences.get(j), p)))
                .atOrBefore(doc.sentenceAtOrAfter(to + 1) - 2);
        return i >= 0 && to - doc.sentences.get(i).start() <= ResolutionWindows.PRONOUN_SUBJECT_CHARS ? doc.sentences.get(i).start() : -1;
    }

    private boolean opens(Sentence s, String pronoun) {
        return s.endToken() > s.firstToken() && pronoun.equals(doc.tokens.get(s.firstToken()).lower());
    }
}
