package io.claimtrack.ingest.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * "The appellants, four residents who used the baths, applied for judicial review. They argued that ...": a "They"
 * the resolver found no speaker for, opening the sentence right after one in the same paragraph that opens with a
 * definite plural of people ("The appellants", "The night nurses") and reports no one's words, is that group; so is a
 * bare "Many", "Several", "Some" or "Most", or "Several of them", after a sentence opening with a plural of people,
 * counted or not ("About 80 slip holders met Saturday. Many said A"), after its fronted adverbial ("In a hall by the
 * port, evacuees sat") or named there as a statement's speaker ("..., hotel owners said"), the fullest form the text
 * gives of who said it. Part of {@link ResolutionStage}, beside {@link CountedPair#pronounAfter}; one per document.
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
    /** By index, the last plural of people a sentence names as a statement's speaker; read in one pass when a part first asks. */
    private Mention[] groupsThatSpoke;

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
     * "Many", "Several", "Some" or "Most" the resolver left as it stands, in the same paragraph, or opening its main
     * clause after a fronted adverbial, or else the plural that sentence names as a speaker; null otherwise. Sentences
     * between that open with such a part too are passed over, a few at most.
     */
    String partOf(Attribution a) {
        int index = a.mention == null || !isPart(a.mention.text()) ? -1 : sentenceBefore(a.mention);
        // "Forty-two households wrote. Most objected to A. Several said B": a part after another part is of its group.
        for (int parts = 0; index > 0 && parts < PARTS.size() && PARTS.contains(doc.tokens.get(doc.sentences.get(index).firstToken()).text())
                && doc.sentences.get(index - 1).block() == doc.sentences.get(index).block(); parts++) {
            index--;
        }
        if (index < 0) {
            return null;
        }
        Sentence before = doc.sentences.get(index);
        int first = before.firstToken();
        String group = countedPlural(before, first);
        int comma = group == null ? commaAfterAdverbial(before) : -1;
        group = comma < 0 ? group : countedPlural(before, comma + 1);
        return group == null ? groupThatSpoke(index) : group;
    }

    /** "Several", or "Several of them": the part of a group the sentence before names. */
    private static boolean isPart(String mention) {
        int space = mention.indexOf(' ');
        return PARTS.contains(space < 0 ? mention : mention.substring(0, space)) && (space < 0 || mention.endsWith(" of them")
                && mention.length() == space + " of them".length());
    }

    /** The counted or bare plural of people ("About 80 slip holders", "evacuees") from token {@code first}; null if none. */
    private String countedPlural(Sentence s, int first) {
        List<Token> t = doc.tokens;
        int k = first;
        while (k < s.endToken() - 1 && k - first < MODIFIERS && APPROXIMATE.contains(t.get(k).lower())) {
            k++;
        }
        if (k > first && t.get(k).type() == Token.Type.NUMBER) {
            k++;
        }
        return pluralOfPeople(s, k, first);
    }

    /** "In a sports hall by the port, evacuees sat": the comma closing a fronted adverbial that opens the sentence; -1 if none. */
    private int commaAfterAdverbial(Sentence s) {
        List<Token> t = doc.tokens;
        int first = s.firstToken();
        if (!FrontedAdverbials.frontedOpener(t.get(first))) {
            return -1;
        }
        for (int k = first + 1; k < Math.min(s.endToken() - 1, first + Windows.FRONTED_ADVERBIAL_TOKENS); k++) {
            if (t.get(k).is(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Tourism will suffer, hotel owners said. Several said A": the last plural of people named as a statement's speaker
     * in the sentence; null if none. Read for every sentence in one pass when a part first asks.
     */
    private String groupThatSpoke(int sentence) {
        if (groupsThatSpoke == null) {
            groupsThatSpoke = new Mention[doc.sentences.size()];
            for (Attribution o : doc.attributions) {
                int s = o.mention == null ? -1 : sentenceOf(doc, o.mention);
                String last = s < 0 ? "" : Name.lastWord(Name.words(o.mention.text()));
                if (WordForms.pluralShape(last) && lexicon.isPersonNoun(WordForms.singular(last))
                        && (groupsThatSpoke[s] == null || groupsThatSpoke[s].start() < o.mention.start())) {
                    groupsThatSpoke[s] = o.mention;
                }
            }
        }
        return groupsThatSpoke[sentence] == null ? null : groupsThatSpoke[sentence].text();
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
                int s = o.mention == null ? -1 : sentenceOf(doc, o.mention);
                if (s >= 0) {
                    spoken.set(s);
                }
            }
        }
        return spoken.get(sentence);
    }

    /** The index of the sentence holding {@code m}; -1 if none does. */
    static int sentenceOf(AnnotatedDocument doc, Mention m) {
        // Sentences never overlap: the last one opening at or before the mention holds it, if it reaches it.
        int s = doc.sentenceAtOrAfter(m.start() + 1) - 1;
        return s >= 0 && m.start() < doc.sentences.get(s).end() ? s : -1;
    }
}
