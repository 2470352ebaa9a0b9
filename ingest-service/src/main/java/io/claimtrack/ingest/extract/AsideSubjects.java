package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The speaker phrase before an aside's opening comma, when it opens its clause, and the named speaker before
 * several stacked asides; {@link Asides} reads the role or name the aside gives it.
 */
final class AsideSubjects {

    /** Words that open an apposition or a non-restrictive clause after a name: "a lawyer", "who ...". */
    static final Set<String> APPOSITION_OPENERS = WordSet.of("a", "an", "the", "who", "whose", "which", "also",
            "now", "then", "once", "himself", "herself", "his", "her", "their", "its", "clad", "wearing", "another", "of", "from");

    /** Pronouns that stand for the verb's object, so that a subject follows them: "which the mayor, Ola Lund, called". */
    private static final Set<String> OBJECT_RELATIVES = WordSet.of("which", "whom");

    /**
     * Words that open an adverbial or participle aside, which may run long or hold a comma of its own: "Holm,
     * during a town hall in Salem, Oregon, said"; "Holm, facing a close race in Iowa, a swing state, said".
     */
    private static final Set<String> ADVERBIAL_ASIDE_OPENERS = WordSet.of("during", "in", "at", "on", "after", "before",
            "for", "with", "despite", "amid", "meanwhile", "however", "though", "like", "unlike", "asked", "when", "while");

    private final Lexicon lexicon;
    private final SpeakerPhrases speakers;

    AsideSubjects(Lexicon lexicon, SpeakerPhrases speakers) {
        this.lexicon = lexicon;
        this.speakers = speakers;
    }

    /** The speaker phrase ending before the aside's opening comma, when it opens its clause. */
    Mention asideSubject(AttributionContext ctx, int first, int open) {
        List<Token> tokens = ctx.tokens;
        int last = open - 1;
        if (tokens.get(last).is(")")) {
            // "Rep. Ann Cole (D-Md.), chair of the committee, said": the party label is no part of the phrase.
            while (last > first && !tokens.get(last).is("(")) {
                last--;
            }
            last--;
            if (last < first) {
                return null;
            }
        }
        Mention subject = speakers.endingAt(ctx, SpeakerPhrases.beforeSuffixPeriod(tokens, last, first), first);
        int start = subject == null ? -1 : ctx.tokenAtOrAfter(subject.start());
        if (start < 0 || !tokens.get(start).isCapitalized() && ADVERBIAL_ASIDE_OPENERS.contains(tokens.get(start).lower())) {
            // "CNN, like the Associated Press, which ..., declared": an adverbial aside, no subject.
            return null;
        }
        // "which the chief executive, Tom Holm, called “...”": an object relative opens the subject's clause too,
        // when an apposition follows the subject ("in which Holm played a role, and which ..." is no subject).
        boolean afterRelative = start > first && OBJECT_RELATIVES.contains(tokens.get(start - 1).lower())
                && appositionStart(tokens.get(pastDashes(tokens, open + 1)));
        return afterRelative || ClauseShapes.opensClause(ctx, start, first) ? subject : null;
    }

    /** The first token at or after {@code k} that is no dash ("--" comes as two hyphens). */
    private static int pastDashes(List<Token> tokens, int k) {
        while (k < tokens.size() - 1 && Asides.isDash(tokens.get(k))) {
            k++;
        }
        return k;
    }

    /**
     * A named speaker followed by several asides, or by one long one: "Jillian Chase, 27, a Tinder user in
     * New York, said"; "Bill Mills, a businessman who had been on the board before leaving last month over
     * strategy, said". Only a name may stand so far from its cue, and the aside next to it must read as an
     * apposition (an age, a description, a relative clause, a name), so "Clinton leads, Trump trails, said
     * Pryce" gives no speaker "Clinton leads".
     */
    Mention stackedAsideSubject(AttributionContext ctx, int first, int open, int closingComma) {
        List<Token> tokens = ctx.tokens;
        for (int asides = 1; asides <= Windows.STACKED_ASIDES && open > 0; asides++) {
            Mention subject = asideSubject(ctx, first, open);
            if (subject != null && subject.hasName() && (appositionStart(tokens.get(open + 1)) || roleOpens(tokens, open + 1))) {
                return subject;
            }
            open = AsideOpenings.asideOpening(ctx, first, open, Windows.STACKED_ASIDE_TOKENS - (closingComma - open));
        }
        return null;
    }

    static boolean appositionStart(Token t) {
        return t.type() == Token.Type.NUMBER || APPOSITION_OPENERS.contains(t.lower()) || t.isCapitalized()
                || ADVERBIAL_ASIDE_OPENERS.contains(t.lower()) || t.isWord() && t.lower().length() > 4 && t.lower().endsWith("ing");
    }

    /** "Walsh, director of the center ...", "Sroka, communications director of ...": a bare role opens the apposition. */
    private boolean roleOpens(List<Token> tokens, int k) {
        for (int i = k; i < tokens.size() && i - k < Windows.TITLE_MODIFIER_TOKENS; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            if (lexicon.isRoleWord(t.lower()) || lexicon.isSpeakerNoun(t)) {
                return true;
            }
        }
        return false;
    }
}
