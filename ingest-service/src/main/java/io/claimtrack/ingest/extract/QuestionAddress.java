package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * The person a question turn's sentence turns to before it asks: "Q (NAME, Outlet): Minister, ...", "Mr. Mayor, ...",
 * "Mr. Tan, ...", "Senator Ruiz, ...", "Ingrid, ...". Up to four capitalised words closed by a comma, opening the
 * sentence (past the turn's label), holding an office ({@code roles.txt}) or a courtesy title, or a lone first name.
 * Capitals alone are no address: "Now," and "In Geneva," are adverbials, and "Donald Trump, the likely nominee, says A"
 * opens an appositive after the subject, whose statement the subject's scan must keep.
 */
final class QuestionAddress {

    /** An address as "Minister", "Prime Minister", "Mr. Mayor", "Mr. Tan". */
    private static final int MAX_TOKENS = 4;

    private QuestionAddress() {
    }

    /** The first token after the address's comma in a question turn's sentence; -1 if it opens with no address. */
    static int end(AttributionContext ctx, Sentence s) {
        if (!ctx.doc.questionTurns.get(s.block())) {
            return -1;
        }
        List<Token> t = ctx.tokens;
        int first = TurnLabels.afterQuestionLabel(ctx, s);
        int k = first;
        while (k < s.endToken() && k - first < MAX_TOKENS && (t.get(k).isCapitalized() || t.get(k).is("."))) {
            k++;
        }
        return k > first && k + 1 < s.endToken() && t.get(k).is(",") && addresses(ctx, first, k) ? k + 1 : -1;
    }

    private static boolean addresses(AttributionContext ctx, int from, int to) {
        Lexicon lexicon = Lexicon.get();
        List<Token> t = ctx.tokens;
        if (RoleAndName.HONORIFICS.contains(t.get(from).lower())) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (lexicon.roles.contains(lexicon.headKey(t.get(k).lower()))) {
                return true;
            }
        }
        // A caller's first name, as Courtesies reads one; a surname alone is a subject ("Brand, ...").
        return to == from + 1 && lexicon.isFirstName(t.get(from).lower()) && !ctx.isSurnameOfFullName(t.get(from).lower());
    }
}
