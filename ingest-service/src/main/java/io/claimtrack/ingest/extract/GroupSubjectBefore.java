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
        int before = a.mention == null || !a.mention.text().equals("They") ? -1 : sentenceBefore(a.mention);
        if (before < 0 || !doc.tokens.get(doc.sentences.get(before).firstToken()).text().equals("The") || saysSomething(before)) {
            return null;
        }
        int first = doc.sentences.get(before).firstToken();
        return pluralOfPeople(doc.sentences.get(before), first + 1, first + 1);
    }

    /**
     * The counted or bare plural ("About 80 slip holders", "Residents") opening the sentence right before a bare
     * "Many", "Several", "Some" or "Most" the resolver left as it stands, in the same paragraph; null otherwise.
     */
    String partOf(Attribution a) {
        int index = a.mention == null || !PARTS.contains(a.mention.text()) ? -1 : sentenceBefore(a.mention);
        if (index < 0) {
            return null;
        }
        Sentence before = doc.sentences.get(index);
        List<Token> t = doc.tokens;
        int first = before.firstToken();
        int k = first;
        while (k < before.endToken() - 1 && k - first < MODIFIERS && APPROXIMATE.contains(t.get(k).lower())) {
            k++;
        }
        if (k > first && t.get(k).type() == Token.Type.NUMBER) {
            k++;
        }
        return pluralOfPeople(before, k, first);
    }

    /** The index of the sentence before the one {@code m} opens, in the same paragraph; -1 if {@code m} opens none. */
    private int sentenceBefore(Mention m) {
        int index = doc.sentenceAtOrAfter(m.start());
        if (index < 1 || index >= doc.sentences.size() || doc.sentences.get(index).start() != m.start()
                || doc.sentences.get(index - 1).block() != doc.sentences.get(index).block()) {
            return -1;
        }
        return index - 1;
    }

    /**
     * The words from token {@code start} to a plural of people found from token {@code from} past at most
     * {@link #MODIFIERS} lower-case modifiers ("night nurses", "slip holders"), followed by a comma or a lower-case word;
     * null if none.
     */
    private String pluralOfPeople(Sentence s, int from, int start) {
        List<Token> t = doc.tokens;
        for (int k = from; k < Math.min(s.endToken() - 1, from + 1 + MODIFIERS); k++) {
            Token word = t.get(k);
            if (!word.isWord() || k > s.firstToken() && word.isCapitalized()) {
                return null;
            }
            Token next = t.get(k + 1);
            String lower = word.lower();
            if (WordForms.pluralShape(lower) && lexicon.isPersonNoun(WordForms.singular(lower)) && (next.is(",") || next.isLowerWord())) {
                return doc.text(t.get(start).start(), word.end());
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
