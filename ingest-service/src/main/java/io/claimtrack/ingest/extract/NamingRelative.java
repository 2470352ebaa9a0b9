package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A relative clause with no relative word whose subject is a name and whose verb names its object: "a step Petrakis
 * described as a formality", "charges Ostmark swiftly rejected as “invented”", "a move Lindqvist called a stunt". The
 * noun phrase before the name is the verb's object; the name speaks, and what the object is called is what was said.
 */
final class NamingRelative {

    /** Verbs that name their object with no "as": "a move Lindqvist called a stunt". */
    static final Set<String> CALLING = WordSet.of("call", "calls", "called", "termed", "dubbed", "branded",
            "labelled", "labeled");
    /** Verbs that name their object with "as": "a step Petrakis described as a formality". */
    private static final Set<String> AS_VERBS = WordSet.of("describe", "describes", "described", "reject", "rejects",
            "rejected", "dismiss", "dismisses", "dismissed", "characterize", "characterizes", "characterized",
            "characterise", "characterises", "characterised", "portray", "portrays", "portrayed");
    /** Words of a name before the cue: "Petrakis", "Councillor Vane", "Anna Vane-Ostrow". */
    private static final int NAME_TOKENS = 3;
    /** Words of the noun phrase before the name: "a step", "a 2021 land swap", ", charges". */
    private static final int NOUN_PHRASE_TOKENS = 4;

    private NamingRelative() {
    }

    /**
     * The first token of the name that ends at token {@code last} and speaks such a clause of {@code cue}, or -1: the
     * cue names (a calling verb, or any cue with "as" right after it), the name is capitalised words after a lower-case
     * word, and before it stands "a"/"an" and a few lower-case words, or one or two lower-case words after a comma.
     */
    static int nameStart(AttributionContext ctx, int last, int first, Cue cue) {
        List<Token> tokens = ctx.tokens;
        int end = cue.endToken();
        String verb = tokens.get(cue.firstToken()).lower();
        // "a super PAC called Future45": a capital after "called" is the thing's own name, no clause.
        boolean naming = CALLING.contains(verb) && end < tokens.size() && !tokens.get(end).isCapitalized()
                || AS_VERBS.contains(verb) && (end < tokens.size() && tokens.get(end).is("as") || tokens.get(end - 1).is("as"));
        if (!naming || last <= first) {
            return -1;
        }
        int name = last;
        while (name > first && last - name < NAME_TOKENS && tokens.get(name).isCapitalized() && !tokens.get(name).isAllCaps()) {
            name--;
        }
        if (name == last || tokens.get(name).isCapitalized() || !tokens.get(name).isLowerWord()) {
            return -1;
        }
        return nounPhraseEndsAt(ctx, name, first) ? name + 1 : -1;
    }

    /** Whether an antecedent ends at token {@code at}: "a/an" and lower-case words, or a comma and a word or two. */
    private static boolean nounPhraseEndsAt(AttributionContext ctx, int at, int first) {
        List<Token> tokens = ctx.tokens;
        for (int k = at; k > first && at - k < NOUN_PHRASE_TOKENS; k--) {
            Token t = tokens.get(k);
            if (ctx.cueAt[k] != null || t.in(WordClass.NP_BREAKER) || t.in(WordClass.PREPOSITION) || t.in(WordClass.DETERMINER)
                    || t.in(WordClass.CLAUSE_WORD) || t.isCapitalized() || !(t.isLowerWord() || t.type() == Token.Type.NUMBER)) {
                return false;
            }
            Token before = tokens.get(k - 1);
            if (before.is("a") || before.is("an")) {
                return k - 1 == first || !tokens.get(k - 2).is("in") && !tokens.get(k - 2).is("on");
            }
            if (before.is(",") && at - k < 2) {
                return true;
            }
        }
        return false;
    }
}
