package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The person a relative pronoun after a place or firm is about: "a senior analyst at Jefferies, who notes" is
 * the analyst, not Jefferies (for {@link SentenceSubjects#relative}).
 */
final class RoleHolder {

    /** Prepositions that tie a role to where it is held: "analyst at", "director of", "senator from". */
    private static final Set<String> ROLE_PREPOSITIONS = WordSet.of("at", "of", "for", "from", "with", "in");

    private final Lexicon lexicon;

    RoleHolder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "a senior analyst at Jefferies, who notes", "a professor of history at Tarnby University who", "a
     * fisherman from Tromso, Norway, who": a place or firm after a person's role and its preposition says
     * where the person works or lives, and the person is the
     * antecedent, named by the role ("a senior analyst"). The role's token, or -1 when none stands before the
     * preposition. A known role nearest the place comes first; failing one, with {@code relativeWho} after a place or body,
     * any noun after an article is the person ("a gynecologist from Englewood, New Jersey, who"), since no place
     * or firm is a "who".
     */
    int of(AttributionContext ctx, int npStart, int first, int npEnd, boolean relativeWho) {
        boolean who = relativeWho && placeOrBody(ctx, npStart, npEnd);
        int unknown = -1;
        List<Token> tokens = ctx.tokens;
        for (int k = npStart - 1; k > first && npStart - k <= Windows.ROLE_PLACE_TOKENS; k--) {
            Token t = tokens.get(k);
            if (ROLE_PREPOSITIONS.contains(t.lower())) {
                Token head = tokens.get(k - 1);
                if (!head.isCapitalized() && lexicon.isPersonNoun(lexicon.headKey(head.lower()))) {
                    return k - 1;
                }
                unknown = unknown < 0 && who && nounAfterArticle(tokens, k - 1, first) ? k - 1 : unknown;
            } else if (k == npStart - 1 && t.is(",") && lexicon.isPlace(ctx.doc.text(tokens.get(npStart).start(),
                    tokens.get(npEnd - 1).end()))) {
                // "a gynecologist from Englewood, New Jersey, who": the state after its town.
                continue;
            } else if (!t.isWord() || SentenceSubjects.finiteVerb(lexicon, t) || !t.isCapitalized() && FunctionWords.NP_BREAKERS.contains(t.lower())) {
                return unknown;
            }
        }
        return unknown;
    }

    /** "New Jersey", "Kestrel Yards": a place or a body, which no "who" is about ("the minds of Americans who" is). */
    private boolean placeOrBody(AttributionContext ctx, int from, int to) {
        Mention m = ctx.mentions.build(from, to);
        return lexicon.isPlace(ctx.doc.text(ctx.tokens.get(from).start(), ctx.tokens.get(to - 1).end()))
                || m != null && m.kind() == SpeakerKind.ORGANIZATION;
    }

    /** "a gynecologist", "an unpaid adviser": a lower-case noun at token {@code k} with an article right before it or its one modifier. */
    private static boolean nounAfterArticle(List<Token> tokens, int k, int first) {
        Token head = tokens.get(k);
        if (!head.isWord() || head.isCapitalized() || FunctionWords.NP_BREAKERS.contains(head.lower())) {
            return false;
        }
        for (int a = k - 1; a >= first && k - a <= 2; a--) {
            if (FunctionWords.ARTICLES.contains(tokens.get(a).lower())) {
                return true;
            }
            if (!tokens.get(a).isWord() || tokens.get(a).isCapitalized()) {
                return false;
            }
        }
        return false;
    }
}
