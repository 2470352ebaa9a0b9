package io.claimtrack.ingest.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * "The appellants, four residents who used the baths, applied for judicial review. They argued that ...": a "They"
 * the resolver found no speaker for, opening the sentence right after one in the same paragraph that opens with a
 * definite plural of people ("The appellants", "The night nurses") and reports no one's words, is that group; so is a
 * bare "Many", "Several", "Some" or "Most" after a sentence opening with a plural of people, counted or not ("About 80
 * slip holders met Saturday. Many said A"), the fullest form the text gives of who said it. Part of
 * {@link ResolutionStage}, beside {@link CountedPair#pronounAfter}; one per document.
 */
final class GroupSubjectBefore {

    /** Modifiers a plural subject may take before its noun: "The four night nurses". */
    private static final int MODIFIERS = 2;
    /** A part of a group standing for it as a subject: "Many said". */
    private static final Set<String> PARTS = Set.of("Many", "Several", "Some", "Most");
    /** What may open a count before a plural: "About 80", "More than 30", "Nearly 200". */
    private static final Set<String> APPROXIMATE = WordSet.of("about", "more", "nearly", "almost", "some", "roughly", "than");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    /** By index, the sentences a statement's speaker is named in; read in one pass when a "They" first asks. */
    private BitSet spoken;

    GroupSubjectBefore(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /** The group's words without "The" ("appellants") for such a "They"; null otherwise. */
    String speakerFor(Attribution a) {
        Mention m = a.mention;
        int index = m == null || !m.text().equals("They") ? -1 : doc.sentenceAtOrAfter(m.start());
        if (index < 1 || index >= doc.sentences.size() || doc.sentences.get(index).start() != m.start()) {
            return null;
        }
        Sentence before = doc.sentences.get(index - 1);
        List<Token> t = doc.tokens;
        int first = before.firstToken();
        if (before.block() != doc.sentences.get(index).block() || !t.get(first).text().equals("The") || saysSomething(index - 1)) {
            return null;
        }
        for (int k = first + 1; k < Math.min(before.endToken() - 1, first + 2 + MODIFIERS); k++) {
            Token word = t.get(k);
            if (!word.isWord() || word.isCapitalized()) {
                return null;
            }
            Token next = t.get(k + 1);
            if (WordForms.pluralShape(word.lower()) && lexicon.isPersonNoun(WordForms.singular(word.lower()))
                    && (next.is(",") || next.isLowerWord())) {
                return doc.text(t.get(first + 1).start(), word.end());
            }
        }
        return null;
    }

    /**
     * The counted or bare plural ("About 80 slip holders", "Residents") opening the sentence right before a bare
     * "Many", "Several", "Some" or "Most" the resolver left as it stands, in the same paragraph; null otherwise.
     */
    String partOf(Attribution a) {
        Mention m = a.mention;
        int index = m == null || !PARTS.contains(m.text()) ? -1 : doc.sentenceAtOrAfter(m.start());
        if (index < 1 || index >= doc.sentences.size() || doc.sentences.get(index).start() != m.start()) {
            return null;
        }
        Sentence before = doc.sentences.get(index - 1);
        if (before.block() != doc.sentences.get(index).block()) {
            return null;
        }
        List<Token> t = doc.tokens;
        int first = before.firstToken();
        int k = first;
        while (k < before.endToken() - 1 && k - first < MODIFIERS && APPROXIMATE.contains(t.get(k).lower())) {
            k++;
        }
        if (k > first && t.get(k).type() == Token.Type.NUMBER) {
            k++;
        }
        for (int j = k; j < Math.min(before.endToken() - 1, k + 1 + MODIFIERS); j++) {
            Token word = t.get(j);
            if (!word.isWord() || j > first && word.isCapitalized()) {
                return null;
            }
            Token next = t.get(j + 1);
            String lower = word.lower();
            if (WordForms.pluralShape(lower) && lexicon.isPersonNoun(WordForms.singular(lower)) && (next.is(",") || next.isLowerWord())) {
                return doc.text(t.get(first).start(), word.end());
            }
        }
        return null;
    }

    /** Whether a statement's speaker is named in the sentence: its subject then spoke, and "They" follows the resolver. */
    private boolean saysSomething(int sentence) {
        if (spoken == null) {
            spoken = new BitSet(doc.sentences.size());
            for (Attribution o : doc.attributions) {
                // Sentences never overlap: the last one opening at or before the mention holds it, if it reaches it.
                int s = o.mention == null ? -1 : doc.sentenceAtOrAfter(o.mention.start() + 1) - 1;
                if (s >= 0 && o.mention.start() < doc.sentences.get(s).end()) {
                    spoken.set(s);
                }
            }
        }
        return spoken.get(sentence);
    }
}
