package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * The medium a participle of saying hangs on, and who speaks through it: "carried signs saying", "posts on social
 * media claiming", "Letter from the Valley Nurses' Union expressing", "a memo to staff saying" ({@link ParticipleClause}).
 */
final class ParticipleMedium {

    private final SentenceSubjects subjects;

    ParticipleMedium(SentenceSubjects subjects) {
        this.subjects = subjects;
    }

    /**
     * "received 911 calls saying", "carried signs saying": the medium ending at {@code head}, with its determiner or
     * count, speaks; "made several statements affirming": the subject of the verb that made it. Null when
     * {@code head} is no medium.
     */
    Mention carrier(AttributionContext ctx, int head, Sentence s) {
        List<Token> tokens = ctx.tokens;
        // "published a report on Monday saying": the time the medium came out changes nothing.
        head = ReportedContent.beforeTimePhrase(tokens, head, s.firstToken());
        int last = head;
        int sent = sentFrom(tokens, head, s);
        head = sent > 0 ? sent : onPlatform(tokens, head, s);
        if (!PublishedMedium.carries(tokens, head)) {
            return null;
        }
        int start = head;
        while (start > s.firstToken() && (tokens.get(start - 1).type() == Token.Type.NUMBER
                || FunctionWords.DETERMINERS.contains(tokens.get(start - 1).lower()))) {
            start--;
        }
        if (PublishedMedium.maker(tokens, start, s.firstToken()) >= 0) {
            Mention nearer = subjects.nearer(ctx, s, start);
            return nearer != null ? nearer : subjects.opening(ctx, s, head + 1);
        }
        int from = tokens.get(start).start();
        int to = tokens.get(sent > 0 ? head : last).end();
        return new Mention(from, to, ctx.doc.text(from, to), "", "", SpeakerKind.DOCUMENT);
    }

    /**
     * "posts on social media saying", "messages on Telegram claiming": the medium before where it was put out, a few
     * words after "on" or "in" (not a day); its index, or {@code end} when no medium stands there.
     */
    private static int onPlatform(List<Token> tokens, int end, Sentence s) {
        for (int k = end; k - 1 > s.firstToken() && end - k < Windows.MEDIUM_SOURCE_TOKENS && tokens.get(k).isWord(); k--) {
            // "a letter on Thursday to Senate leaders opposing": a time is no platform.
            if ((tokens.get(k).is("on") || tokens.get(k).is("in")) && k < end && PublishedMedium.carries(tokens, k - 1)
                    && !Mentions.isDateWord(tokens.get(k + 1).lower())) {
                return k - 1;
            }
        }
        return end;
    }

    /**
     * "6.2 Letter from the Valley Nurses' Union expressing concern about ...": the medium that opens a correspondence
     * item, before "from" and the name of its sender (capitalised words, "of", "the", "and") ending at {@code end}; its
     * index, or -1. "discrediting a report from Bloomberg saying ..." is left: a medium inside another's clause.
     */
    private static int sentFrom(List<Token> tokens, int end, Sentence s) {
        int first = s.firstToken();
        int k = end;
        while (k > first && end - k < Windows.SENDER_TOKENS && (tokens.get(k).isCapitalized() || tokens.get(k).is("of")
                || tokens.get(k).is("the") || tokens.get(k).is("and") || Mentions.isPossessive(tokens.get(k).lower())
                || SubjectPhrase.possessiveMark(tokens, k))) {
            k--;
        }
        return k < end && k - 1 >= first && tokens.get(k).is("from") && PublishedMedium.carries(tokens, k - 1)
                && DocumentMaker.itemOpening(tokens, k - 1, s) ? k - 1 : -1;
    }

    /**
     * "sent a memo to staff saying", "wrote a letter to the council saying": the medium's index when the one it was
     * sent to ends at {@code p}; {@code p} itself otherwise.
     */
    static int beforeRecipient(List<Token> tokens, int p, int first) {
        for (int k = p; k > first + 1 && p - k < Windows.RECIPIENT_TOKENS; k--) {
            Token t = tokens.get(k);
            if (t.is("to")) {
                return k < p && ReportedContent.isMedium(tokens.get(k - 1).lower()) ? k - 1 : p;
            }
            if (!t.isWord()) {
                return p;
            }
        }
        return p;
    }
}
