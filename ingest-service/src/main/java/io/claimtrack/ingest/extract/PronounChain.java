package io.claimtrack.ingest.extract;

/**
 * "Walt Lund punched out at 6:58. / He has worked at the mill for 41 years. Then, in August, the company announced ...
 * / 'I thought I would leave,' he said": sentences the narrator opens with the same pronoun carry its person on, so a
 * pronoun that finds no one within reach looks again from the last of them; part of {@link PronounResolver}.
 */
final class PronounChain {

    private PronounChain() {
    }

    /**
     * Where the last sentence before {@code to} and within {@link Windows#PRONOUN_SUBJECT_CHARS} of it that opens with
     * {@code pronoun} ("he", "she") starts, or -1.
     */
    static int lastOpening(AnnotatedDocument doc, String pronoun, int to) {
        for (int i = doc.sentenceAtOrAfter(to + 1) - 2; i >= 0; i--) {
            Sentence s = doc.sentences.get(i);
            if (to - s.start() > Windows.PRONOUN_SUBJECT_CHARS) {
                return -1;
            }
            if (s.endToken() > s.firstToken() && s.start() < to
                    && pronoun.equals(doc.tokens.get(s.firstToken()).lower())) {
                return s.start();
            }
        }
        return -1;
    }
}
