package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * A relative clause inside an apposition before the cue of the name it describes: "Ada Lund, a Liberal who has refused
 * to endorse Holm, said ...". The clause ends at the apposition's closing comma or dash, where that cue follows.
 */
final class AppositiveRelative {

    private AppositiveRelative() {
    }

    /**
     * Where the relative clause of the antecedent starting at token {@code antecedentStart} ends, its words running
     * from {@code from}: the apposition's closing mark before a cue when the antecedent is an apposition opened by a
     * comma or dash; {@code end} otherwise.
     */
    static int end(AttributionContext ctx, int antecedentStart, int from, int end) {
        List<Token> tokens = ctx.tokens;
        int open = antecedentStart - 1;
        // "a former Clinton aide who", "the Liberal who": the apposition's own words before the antecedent.
        while (open > 0 && antecedentStart - open <= Windows.DETERMINED_PHRASE_TOKENS && tokens.get(open).isWord()) {
            open--;
        }
        boolean dash = open > 0 && dash(tokens.get(open));
        // "--" may be two tokens.
        open = dash && open > 1 && dash(tokens.get(open - 1)) ? open - 1 : open;
        if (open <= 0 || !tokens.get(open - 1).isWord() || !dash && !tokens.get(open).is(",")) {
            return end;
        }
        for (int k = from + 1; k + 1 < end; k++) {
            Token t = tokens.get(k);
            boolean closes = (dash ? dash(t) : t.is(",")) && ctx.doc.quoteAt(t.start()) == null;
            // "who calls the mayor a “menace,” said": the quotation closes the clause, and the cue follows.
            int quoted = closes || dash ? -1 : QuotedAside.afterClosingMarks(ctx, k);
            int after = closes ? (dash && dash(tokens.get(k + 1)) ? k + 2 : k + 1) : quoted;
            if (after > 0 && after < end && ctx.cueAt[after] != null) {
                return closes ? k : quoted;
            }
        }
        return end;
    }

    private static boolean dash(Token t) {
        return t.is("--") || FunctionWords.DASHES.contains(t.text());
    }
}
