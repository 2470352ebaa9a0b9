package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "According to X, Y" and "Y, according to X" (and "In the words of X", "Under X"): the source is the
 * phrase after the cue, the content the rest of the sentence on the other side.
 */
final class AccordingTo {

    Attribution attribute(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int end = ctx.contentEndToken(s);
        boolean fronted = cue.firstToken() <= first + 1;
        int npEnd = ctx.mentions.scanRight(cue.endToken(), s.endToken(), true);
        Token object = cue.endToken() < end ? tokens.get(cue.endToken()) : null;
        // "According to him, ...": a pronoun, resolved like "he said".
        boolean pronoun = object != null && (object.is("him") || object.is("her")) && npEnd < 0;
        if (pronoun) {
            npEnd = cue.endToken() + 1;
        }
        if (fronted && npEnd > 0) {
            // "According to a ministry document seen by Reuters, ...": the source runs to the comma.
            int comma = npEnd;
            while (comma < end && comma - npEnd < Windows.ACCORDING_TO_SOURCE_TOKENS && !tokens.get(comma).is(",")) {
                comma++;
            }
            npEnd = comma < end && tokens.get(comma).is(",") ? comma : npEnd;
        }
        Mention m = pronoun
                ? new Mention(object.start(), object.end(), object.text(), "", "", SpeakerKind.PRONOUN)
                : ctx.mentions.describe(cue.endToken(), npEnd);
        if (m == null) {
            return null;
        }
        if (fronted) {
            int from = npEnd < end && tokens.get(npEnd).is(",") ? npEnd + 1 : npEnd;
            return ctx.statement(Attribution.Source.ACCORDING_TO, m, cue, from, end, s, 0.85);
        }
        int to = cue.firstToken();
        if (to > first && tokens.get(to - 1).is(",")) {
            to--;
        }
        if (npEnd > 0 && to > first && tokens.get(to).is(",") && Parenthetical.continues(ctx, npEnd, end)) {
            // "At the heart of it, according to Ross, was a decision ...": the clause goes on after the source.
            to = end;
        }
        return ctx.statement(Attribution.Source.ACCORDING_TO, m, cue, first, to, s, 0.85);
    }
}
