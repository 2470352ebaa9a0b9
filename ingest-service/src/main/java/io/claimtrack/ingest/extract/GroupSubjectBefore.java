package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "The appellants, four residents who used the baths, applied for judicial review. They argued that ...": a "They"
 * the resolver found no speaker for, opening the sentence right after one in the same paragraph that opens with a
 * definite plural of people ("The appellants", "The night nurses") and reports no one's words, is that group. Part of
 * {@link ResolutionStage}, beside {@link CountedPair#pronounAfter}.
 */
final class GroupSubjectBefore {

    /** Modifiers a plural subject may take before its noun: "The four night nurses". */
    private static final int MODIFIERS = 2;

    private GroupSubjectBefore() {
    }

    /** The group's words without "The" ("appellants") for such a "They"; null otherwise. */
    static String speakerFor(AnnotatedDocument doc, Lexicon lexicon, Attribution a) {
        Mention m = a.mention;
        int index = m == null || !m.text().equals("They") ? -1 : doc.sentenceAtOrAfter(m.start());
        if (index < 1 || index >= doc.sentences.size() || doc.sentences.get(index).start() != m.start()) {
            return null;
        }
        Sentence before = doc.sentences.get(index - 1);
        List<Token> t = doc.tokens;
        int first = before.firstToken();
        if (before.block() != doc.sentences.get(index).block() || !t.get(first).text().equals("The") || saysSomething(doc, before)) {
            return null;
        }
        for (int k = first + 1; k < Math.min(before.endToken() - 1, first + 2 + MODIFIERS); k++) {
            Token word = t.get(k);
            if (!word.isWord() || word.isCapitalized()) {
                return null;
            }
            Token next = t.get(k + 1);
            if (WordForms.pluralShape(word.lower()) && lexicon.isPersonNoun(WordForms.singular(word.lower()))
                    && (next.is(",") || next.isWord() && !next.isCapitalized())) {
                return doc.text(t.get(first + 1).start(), word.end());
            }
        }
        return null;
    }

    /** Whether a statement's speaker is named in the sentence: its subject then spoke, and "They" follows the resolver. */
    private static boolean saysSomething(AnnotatedDocument doc, Sentence s) {
        for (Attribution o : doc.attributions) {
            if (o.mention != null && o.mention.start() >= s.start() && o.mention.start() < s.end()) {
                return true;
            }
        }
        return false;
    }
}
