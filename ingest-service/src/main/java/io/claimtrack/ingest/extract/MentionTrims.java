package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Words at a speaker phrase's end that name no one: a document's release participle and its time ("a report
 * published last week"), a day after a relative clause's past ("the council passed Monday"), a span of date words
 * alone; part of {@link Mentions#build}.
 */
final class MentionTrims {

    /** Participles of reading a document, whose "by" names its reader, no maker: "a club memo seen by the Courier". */
    private static final Set<String> READ_BY = WordSet.of("seen", "obtained", "reviewed", "viewed");

    private final List<Token> tokens;
    private final Lexicon lexicon;

    MentionTrims(List<Token> tokens, Lexicon lexicon) {
        this.tokens = tokens;
        this.lexicon = lexicon;
    }

    /**
     * "A CNN/ORC poll released Saturday", "a report published last week": a participle after a document or its
     * sponsor's name says when it came out, no part of the name ("Sunday" would become the speaker). Who made it
     * stays: "exit polls conducted by Edison Research"; a reader does not ("a club document seen by the Courier").
     */
    int beforeParticiple(int from, int to) {
        boolean document = false;
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            Token prev = tokens.get(k - 1);
            boolean prevDocument = lexicon.documents.contains(lexicon.headKey(prev.lower()));
            document |= prevDocument;
            if (prevDocument && READ_BY.contains(t.lower())) {
                return k;
            }
            if (document && t.isLowerWord() && (t.lower().endsWith("ed") || lexicon.verbOnlyPasts.contains(t.lower()))
                    && (prev.isCapitalized() || prevDocument)) {
                return namesNoOne(k + 1, to) ? k : to;
            }
        }
        return to;
    }

    /**
     * No maker among tokens {@code [from, to)}, only when: "released Sunday", not "conducted by Edison Research",
     * "released by the harbour board", "compiled for the Associated Press".
     */
    private boolean namesNoOne(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is("by") || t.is("for") || t.isCapitalized() && !Mentions.isDateWord(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** "passed", "wrote": a lower-case past before a day. */
    boolean pastBeforeDay(Token t) {
        String w = t.lower();
        return t.isLowerWord() && (w.endsWith("ed") || lexicon.verbOnlyPasts.contains(w) || lexicon.isIrregularPast(w));
    }

    boolean allDateWords(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Mentions.isDateWord(tokens.get(k).lower()) || lexicon.isFirstName(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
