package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "A firefighter who gave only his first name, Mirko, said"; "Her neighbour, who gave his name only as Patrice,
 * said"; "a man identified only as Tomas said": the name a description's speaker gave is the speaker's name, though
 * the phrase may hold other capitalised words ("from the capital, Brennick,") and the name stands in a relative clause.
 */
final class GivenName {

    private static final Set<String> GIVING = WordSet.of("gave", "give", "giving", "given", "identified");
    /** Words between the verb and the name: "gave only his first name,", "gave her name only as", "identified only as". */
    private static final Set<String> BETWEEN = WordSet.of("only", "his", "her", "their", "first", "full", "name", "as",
            "by", "himself", "herself", "themselves", ",");
    /** How far the verb may stand before the name, in tokens. */
    private static final int REACH = 7;
    private static final int NAME_TOKENS = 3;

    private GivenName() {
    }

    /**
     * The speaker phrase from {@code first} to the cue (token {@code cue}) as a mention named by the name its speaker
     * gave, which ends the phrase or its aside; null when no such name closes it.
     */
    static Mention in(AttributionContext ctx, int first, int cue, Mention found) {
        List<Token> tokens = ctx.tokens;
        int end = cue;
        while (end > first && tokens.get(end - 1).is(",")) {
            end--;
        }
        if (end - 2 > first && tokens.get(end - 1).type() == Token.Type.NUMBER && tokens.get(end - 2).is(",")) {
            // "who gave her name only as Greta, 54, said": the age after the name.
            end -= 2;
        }
        int start = end;
        while (start > first && end - start < NAME_TOKENS && tokens.get(start - 1).isCapitalized()) {
            start--;
        }
        if (start == end || start == first) {
            return null;
        }
        int k = start - 1;
        boolean named = false;
        while (k >= first && start - k <= REACH && BETWEEN.contains(tokens.get(k).lower())) {
            named |= tokens.get(k).is("name") || tokens.get(k).is("as");
            k--;
        }
        if (k < first || !named || !GIVING.contains(tokens.get(k).lower())) {
            return null;
        }
        int from = found != null && found.start() < tokens.get(start).start() ? found.start() : tokens.get(first).start();
        int to = tokens.get(end - 1).end();
        return new Mention(from, to, ctx.doc.text(from, to), "", ctx.doc.text(tokens.get(start).start(), to), SpeakerKind.PERSON);
    }

    /**
     * "said one, who gave only his first name, Viktor.": the name a speaker set after the cue gave in the relative clause
     * on it, which ends the sentence or its aside; null when none.
     */
    static String after(AnnotatedDocument doc, Mention m) {
        List<Token> tokens = doc.tokens;
        int k = doc.tokenAtOrAfter(m.end());
        if (k + 2 >= tokens.size() || !tokens.get(k).is(",") || !tokens.get(k + 1).is("who") || !GIVING.contains(tokens.get(k + 2).lower())) {
            return null;
        }
        int start = k + 3;
        boolean named = false;
        while (start < tokens.size() && start - k <= REACH && BETWEEN.contains(tokens.get(start).lower())) {
            named |= tokens.get(start).is("name") || tokens.get(start).is("as");
            start++;
        }
        int end = start;
        while (end < tokens.size() && end - start < NAME_TOKENS && tokens.get(end).isCapitalized()) {
            end++;
        }
        boolean closed = end == tokens.size() || tokens.get(end).is(".") || tokens.get(end).is(",");
        return named && end > start && closed ? doc.text(tokens.get(start).start(), tokens.get(end - 1).end()) : null;
    }
}
