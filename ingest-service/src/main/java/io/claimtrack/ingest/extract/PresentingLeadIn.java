package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A verb of presenting that closes a lead-in over a list: "Rohan Teval outlined his country's priorities:",
 * "Mahalay set out Sundara's position as follows:" over bullets or numbered points. Alone these verbs present
 * plans, figures or goods ("outlined a route", "listed the house"); before a colon and the list under it they
 * introduce what the speaker put forward, one statement a point. A readout may close the lead-in with a period
 * when its words announce the list: "The President set out the following priorities for the partnership."
 */
final class PresentingLeadIn {

    /** Verbs that present without a particle. */
    private static final Set<String> VERBS = WordSet.of("outline", "outlines", "outlined", "outlining", "present",
            "presents", "presented", "presenting", "list", "lists", "listed", "listing", "summarize", "summarizes",
            "summarized", "summarizing", "summarise", "summarises", "summarised", "summarising");
    /** Verbs that present with "out": "set out", "laid out". */
    private static final Set<String> OUT_VERBS = WordSet.of("set", "sets", "setting", "lay", "lays", "laid", "laying");
    /**
     * Verbs that name a list's items as something: "identified the following areas as the most promising:", "named
     * these sectors as priorities:". The "as" complement describes the items; its words ("promising") are no cue.
     */
    private static final Set<String> NAMING_VERBS = WordSet.of("identified", "identifies", "identify", "named", "names",
            "name", "singled", "singles", "designated", "designates", "highlighted", "highlights");
    /** Determiners of a naming verb's object that point to the list: "the following areas", "these projects". */
    private static final Set<String> LIST_POINTERS = WordSet.of("following", "these", "those");

    /** The longest marker before a list item's first word: "1)", "(a)", "--". */
    private static final int ITEM_MARKER_TOKENS = 3;

    private PresentingLeadIn() {
    }

    /** The index after the cue when the verb at {@code i} presents the list under its sentence's colon, else -1. */
    static int cueEnd(AnnotatedDocument doc, int i, Sentence s) {
        List<Token> t = doc.tokens;
        String w = t.get(i).lower();
        if (i > s.firstToken() && t.get(i - 1).is("following")) {
            // "the following lists passed the threshold:": after "following" the word is the noun it points to.
            return -1;
        }
        int end = VERBS.contains(w) ? i + 1 : OUT_VERBS.contains(w) && i + 1 < s.endToken() && t.get(i + 1).is("out") ? i + 2 : -1;
        boolean withObject = end > 0 && end < s.endToken() - 1 && (t.get(s.endToken() - 1).is(":") || announcesList(t, end, s));
        boolean bare = end > 0 && end == s.endToken() - 1 && t.get(end).is(":") && subjectOnly(t, i, s);
        return (withObject || bare) && listFollows(doc, s) ? end : -1;
    }

    /**
     * "The minister outlined:", "In her speech, she listed:": the verb right before the colon, its clause's subject
     * alone in front of it (after an opening closed by a comma), the list its object. "Among the measures he listed:",
     * "The steps she set out:" and "The steps the minister set out:" put the verb in a clause about a fronted object, a second line over the list.
     */
    private static boolean subjectOnly(List<Token> t, int verb, Sentence s) {
        int from = verb;
        while (from > s.firstToken() && verb - from < Windows.PHRASE_TOKENS && !t.get(from - 1).is(",")) {
            from--;
        }
        if (from == verb || from > s.firstToken() && !t.get(from - 1).is(",")) {
            return false;
        }
        if (t.get(from).in(WordClass.SENTENCE_OPENER) || t.get(from).in(WordClass.PREPOSITION)) {
            return false;
        }
        for (int k = from + 1; k < verb; k++) {
            Token w = t.get(k);
            // A second subject after the first noun ("The measures the minister set out:") opens a relative clause;
            // "The Minister of the Interior" and "The two ministers" keep theirs.
            boolean secondSubject = w.in(WordClass.SUBJECT_PRONOUN)
                    || w.in(WordClass.DETERMINER) && !t.get(k - 1).in(WordClass.PREPOSITION) && !t.get(k - 1).in(WordClass.DETERMINER);
            if (w.in(WordClass.NP_BREAKER) || secondSubject) {
                return false;
            }
        }
        return !t.get(from).in(WordClass.NP_BREAKER);
    }

    /**
     * The index after a naming verb at {@code i} ("identified", "singled out") whose object points to the list under
     * its sentence's colon and is named "as" something; else -1. The cue is the verb alone; what follows it up to the
     * colon is the lead-in's object, with no cue of its own. Named as people ("named the following officials as her
     * deputies:") the items are appointed, not put forward.
     */
    static int namingEnd(AnnotatedDocument doc, Lexicon lexicon, int i, Sentence s) {
        List<Token> t = doc.tokens;
        if (!NAMING_VERBS.contains(t.get(i).lower()) || !t.get(s.endToken() - 1).is(":")) {
            return -1;
        }
        int end = i + 1 < s.endToken() && t.get(i + 1).is("out") ? i + 2 : i + 1;
        int pointer = end < s.endToken() && t.get(end).is("the") ? end + 1 : end;
        if (pointer >= s.endToken()) {
            return -1;
        }
        if (LIST_POINTERS.contains(t.get(pointer).lower())) {
            for (int k = pointer + 1; k < Math.min(s.endToken() - 1, pointer + Windows.LIST_ANNOUNCER_TOKENS + 1); k++) {
                if (t.get(k).is("as")) {
                    return listFollows(doc, s) && !namesPeople(lexicon, t, k + 1, s.endToken() - 1) ? end : -1;
                }
            }
        }
        return namedItems(doc, lexicon, i, end, s) ? end : -1;
    }

    /**
     * "the Minister named the main results of the year:", "she named the following:" over a list: with no "as", the
     * object is what the items are, put forward one a point; not a passive ("were named:"), an object longer than a
     * phrase, or people ("named the following officials:", "named the new board members:"), who are appointed.
     */
    private static boolean namedItems(AnnotatedDocument doc, Lexicon lexicon, int i, int end, Sentence s) {
        List<Token> t = doc.tokens;
        int colon = s.endToken() - 1;
        if (colon <= end || colon - end > Windows.PHRASE_TOKENS || !t.get(i).lower().startsWith("name")
                || i > s.firstToken() && FunctionWords.BE_FORMS.contains(t.get(i - 1).lower())) {
            return false;
        }
        for (int k = end; k < colon; k++) {
            if (!t.get(k).isLowerWord() && t.get(k).type() != Token.Type.NUMBER) {
                return false;
            }
        }
        return !namesPeople(lexicon, t, end, colon) && listFollows(doc, s) && firstItemLower(doc, s);
    }

    /**
     * Whether the first list item under sentence {@code s} opens with a lower-case word past its marker ("- the harvest
     * grew", "1) completing the register"); an item opening with a name ("- Ana Berg, finance") is someone named to a post.
     */
    private static boolean firstItemLower(AnnotatedDocument doc, Sentence s) {
        int b = s.block() + 1;
        while (b < doc.blocks.size() && doc.block(b).isNoise()) {
            b++;
        }
        int k = doc.tokenAtOrAfter(doc.block(b).start());
        int marker = k;
        while (k < doc.tokens.size() && k - marker < ITEM_MARKER_TOKENS && !doc.tokens.get(k).isWord()) {
            k++;
        }
        return k < doc.tokens.size() && doc.tokens.get(k).isLowerWord();
    }

    /** Whether a person's noun stands between {@code from} and the colon at {@code colon}: "as her deputies". */
    private static boolean namesPeople(Lexicon lexicon, List<Token> t, int from, int colon) {
        for (int k = from; k < colon; k++) {
            String word = lexicon.headKey(t.get(k).lower());
            if (lexicon.isPersonNoun(word) || lexicon.isPersonNoun(WordForms.singular(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence closed with a period whose cue's object is "the following ..." or whose last word is "follows": the
     * list comes next. Only a few words after the cue are read, so a long sentence is not read once per cue.
     */
    static boolean announcesList(List<Token> t, int cueEnd, Sentence s) {
        if (!t.get(s.endToken() - 1).is(".")) {
            return false;
        }
        for (int k = cueEnd; k < Math.min(s.endToken(), cueEnd + Windows.LIST_ANNOUNCER_TOKENS); k++) {
            if (t.get(k).is("following")) {
                return true;
            }
        }
        return s.endToken() - 2 >= cueEnd && t.get(s.endToken() - 2).is("follows");
    }

    /**
     * The sentence closes its block, and a list item comes next, or a heading over one; the page's furniture between
     * them (a gallery line, a caption) is skipped.
     */
    static boolean listFollows(AnnotatedDocument doc, Sentence s) {
        int b = s.block() + 1;
        while (b < doc.blocks.size() && doc.block(b).isNoise()) {
            b++;
        }
        if (s.end() != doc.block(s.block()).end() || b >= doc.blocks.size()) {
            return false;
        }
        Block.Kind next = doc.block(b).kind();
        return next == Block.Kind.BULLET
                || next == Block.Kind.HEADLINE && b + 1 < doc.blocks.size() && doc.block(b + 1).kind() == Block.Kind.BULLET;
    }
}
