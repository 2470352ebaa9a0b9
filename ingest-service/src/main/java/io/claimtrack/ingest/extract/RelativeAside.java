package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "The envoy noted that the ferry line, which, he said, 'loses money every winter', would stay open": a pronoun's cue
 * set off right after "which", "who" or "whom" ("an office in which, she argues, clerks are rushed"), inside what an
 * earlier cue of the sentence reports, is that speaker's own aside, no statement of its own (set AC's convention: only
 * the outer statement). Without a cue before it ("The ferry line, which, he said, loses money, will stay open") the
 * aside still speaks for the whole sentence; after "that" ("a review, one that, he said, 'nobody has read'", set I) it
 * is left a statement.
 */
final class RelativeAside {

    private RelativeAside() {
    }

    /** Whether speaker {@code m}, set off by a comma after "which", "who" or "whom", follows a verb cue of the sentence. */
    static boolean insideReport(AttributionContext ctx, Mention m, Sentence s) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int npStart = ctx.tokenAtOrAfter(m.start());
        int relative = npStart - 2;
        if (!m.isPronoun() || relative <= first || !tokens.get(npStart - 1).is(",")
                || !SpeakerBeforeCue.CLAUSE_RELATIVES.contains(tokens.get(relative).lower())) {
            return false;
        }
        // Bounded by the sentence, and asked only of a pronoun set off after a relative.
        for (int k = first; k < relative; k++) {
            if (ctx.cueAt[k] != null && ctx.cueAt[k].kind() == Lexicon.CueKind.VERB) {
                return true;
            }
        }
        return false;
    }
}
