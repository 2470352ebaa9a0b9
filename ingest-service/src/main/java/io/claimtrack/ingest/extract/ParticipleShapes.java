package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The shapes of the words around a participle of saying that {@link ParticipleClause} reads: whether it opens a
 * clause of its own, is coordinated with one before it, takes an object, or follows a lead of manner.
 */
final class ParticipleShapes {

    /**
     * Words of manner or addition before a participle clause that opens the sentence: "In defending his record, Lund
     * ...", "Since announcing that ..., Berg ...", "By offering Holm the post, Lund ...", "Besides attacking the
     * board, ..."; also "in addition to" and "instead of". The participle's object is what the subject said or did as
     * speech.
     */
    private static final Set<String> MANNER_LEADS = WordSet.of("in", "since", "by", "besides");
    /**
     * Leads of a participle clause after its verb ("began by crediting", "while praising") that a participle after
     * "and" shares; not "for" ("praised him for saying A and adding B": the one praised said those).
     */
    private static final Set<String> COORDINATED_LEADS = WordSet.of("by", "while", "after", "before", "when", "upon");
    /** Participles of a pledge: ", promising to fight for every crossing" is a pledge of its own (PolNeAR marks it so). */
    private static final Set<String> PLEDGING = WordSet.of("promising", "vowing", "pledging");
    /** "is stressing", "are warning": a progressive is the finite verb of its clause, not a participle. */
    private static final Set<String> PROGRESSIVE = WordSet.of("is", "are", "was", "were", "been");

    private ParticipleShapes() {
    }

    /** Whether the cue is a participle opening a clause of its own; "is stressing", "he’s claiming" are finite. */
    static boolean opens(Lexicon lexicon, List<Token> tokens, Cue cue, int first) {
        // "are increasingly admitting", "has been steadily pounding": adverbs stand between the auxiliary and its verb.
        int k = cue.firstToken() - 1;
        while (k > first && cue.firstToken() - 1 - k < Windows.ADVERB_RUN && ClauseShapes.isAdverb(tokens.get(k))
                && !PROGRESSIVE.contains(tokens.get(k).lower())) {
            k--;
        }
        int going = goingOnTo(tokens, cue, first);
        if (going > 0) {
            k = going - 1;
        }
        Token beforeCue = k >= first ? tokens.get(k) : null;
        return (lexicon.isGerund(cue) || going > 0) && !(beforeCue != null && (PROGRESSIVE.contains(beforeCue.lower())
                || PhraseShapes.contractedPronoun(beforeCue) > 0));
    }

    /**
     * "..., going on to say that B": the infinitive after a participle "going on to" opens a clause of its own, as
     * "saying" does; the index of "going", or -1.
     */
    static int goingOnTo(List<Token> tokens, Cue cue, int first) {
        int to = cue.firstToken() - 1;
        return to - 2 > first && tokens.get(to).is("to") && tokens.get(to - 1).is("on") && tokens.get(to - 2).is("going")
                ? to - 2 : -1;
    }

    /**
     * ", citing the attack", ", calling him “a loser”", ", vowing to appeal": a reason cited, a name quoted or a pledge
     * is said apart from the clause before the comma; ", calling it corrupt" rounds that clause off.
     */
    static boolean ownObject(List<Token> tokens, Cue cue, int from, int end) {
        String w = tokens.get(cue.firstToken()).lower();
        if (Lexicon.get().objectParticiples.contains(w) || PLEDGING.contains(w) && from < end && tokens.get(from).is("to")) {
            return true;
        }
        if (!w.equals("calling") || cue.endToken() - cue.firstToken() > 1) {
            return false;
        }
        for (int k = from; k < end; k++) {
            if (tokens.get(k).type() == Token.Type.QUOTE) {
                return true;
            }
        }
        return false;
    }

    /** Where a lead of manner ending at {@code prev} starts ("in", "in addition to", "instead of"), or -1. */
    static int mannerLead(List<Token> tokens, int prev) {
        if (MANNER_LEADS.contains(tokens.get(prev).lower())) {
            return prev;
        }
        if (prev >= 2 && tokens.get(prev).is("to") && tokens.get(prev - 1).is("addition") && tokens.get(prev - 2).lower().equals("in")) {
            return prev - 2;
        }
        return prev >= 1 && tokens.get(prev).is("of") && tokens.get(prev - 1).lower().equals("instead") ? prev - 1 : -1;
    }

    /**
     * "In defending himself and his record,": an object between the participle and the comma at {@code comma};
     * not where or when ("In responding Friday,", "In talking to reporters,").
     */
    static boolean objectFollows(List<Token> tokens, Cue cue, int comma) {
        Token next = tokens.get(cue.endToken());
        return cue.endToken() < comma && next.isWord() && !CueStage.PREPOSITIONS.contains(next.lower())
                && !Mentions.isDateWord(next.lower());
    }

    /**
     * Where the subject starts after a participle clause that opens the sentence, from token {@code from}: after its
     * first comma and a closing quotation mark right after it, or -1 when a semicolon, colon or dash comes first.
     */
    static int openingClauseEnd(List<Token> tokens, int from, int end) {
        for (int k = from; k < end - 1; k++) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                return tokens.get(k + 1).type() == Token.Type.QUOTE ? k + 2 : k + 1;
            }
            if (t.is(";") || t.is(":") || Asides.isDash(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The next scheduled date for announcing the rate is March 4.", "Information note: The deadline for submitting
     * comments is May 1.": a participle after "for" ({@code prev}) behind a noun phrase that opens the sentence, or
     * follows a label's colon, is part of the sentence's subject: no one says it. "Lund was praised for saying" has its
     * verb before "for".
     */
    static boolean insideOpeningSubject(List<Token> tokens, int prev, Sentence s) {
        if (!tokens.get(prev).is("for")) {
            return false;
        }
        for (int k = prev - 1; k >= s.firstToken() && prev - k <= Windows.DETERMINED_PHRASE_TOKENS; k--) {
            Token t = tokens.get(k);
            if (FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.lower()) && t.isCapitalized()) {
                return k == s.firstToken() || tokens.get(k - 1).is(":");
            }
            if (!t.isLowerWord() || FunctionWords.FINITE_AUXILIARIES.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /** The dash at {@code prev} is the sentence's only one ("--" as two hyphens counts once): it closes no aside. */
    static boolean loneDash(List<Token> tokens, int prev, Sentence s) {
        if (!Asides.isDash(tokens.get(prev))) {
            return false;
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (Asides.isDash(tokens.get(k)) && Math.abs(k - prev) > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * "..., mocking the council and saying the port was unsafe", "..., each touting a record and saying ...",
     * "..., calling him a “stiff” and accusing him of ...", "..., saying she is able “on paper” but suggesting ...",
     * "..., vowing to cut fares, and suggesting ...": the participle after {@code and} or {@code but} at {@code prev}
     * is coordinated with one that opens a participle clause after a comma; the first clause may hold quotations and
     * commas of its own, not a clause boundary. A lead of manner or time stands for the comma: "responded by calling
     * Holm “dopey” and accusing him of ...", "while praising the crews and warning that ...".
     */
    static boolean coordinated(List<Token> tokens, int prev, int first) {
        if (!tokens.get(prev).is("and") && !tokens.get(prev).is("but")) {
            return false;
        }
        // ", and suggesting", "- and arguing": the first clause's own comma or dash before the conjunction.
        int last = prev - 1 > first && (tokens.get(prev - 1).is(",") || Asides.isDash(tokens.get(prev - 1))) ? prev - 2 : prev - 1;
        for (int k = last; k > first + 1 && prev - k <= Windows.COORDINATED_PARTICIPLE_TOKENS; k--) {
            Token t = tokens.get(k);
            // "telling about 600 residents that A and announcing that B": a count is a word of the first participle's.
            if (!t.isWord() && !t.is(",") && t.type() != Token.Type.QUOTE && t.type() != Token.Type.NUMBER) {
                return false;
            }
            int lead = FunctionWords.FLOATING_QUANTIFIERS.contains(tokens.get(k - 1).lower()) ? k - 2 : k - 1;
            if (!t.isCapitalized() && t.lower().endsWith("ing") && t.lower().length() > 5
                    && (tokens.get(lead).is(",") || COORDINATED_LEADS.contains(tokens.get(lead).lower()))) {
                return true;
            }
        }
        return false;
    }
}
