package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "drew the guest's attention to the shortage of nurses, pointing out that a third of posts are vacant", "raised the
 * issue of visas, noting that ...", "asked for more patrols, pointing to the thefts", "had asked for six years, arguing that the thefts warranted
 * prison", "asked that her client be freed, arguing that ...": the participle says what the
 * topic the speaker raised is about, one statement with it. A submission's reason is the submission's ("submitted
 * that the fare should fall, arguing that buses run half empty"): one statement running over both. "welcomed A, saying
 * B" stays two (a position, then what was said). A concern or a dispute goes with its participle too ("expressed concern
 * over A, noting that B", "disputed that A, arguing that B", "questioned the forecast, pointing to the late frost"),
 * whichever speaker the participle was read as.
 */
final class TopicElaborations {

    /** The participle's words between its comma and what it says: ", noting that", ", pointing out that", ", arguing that". */
    private static final Set<String> PARTICIPLE_WORDS = WordSet.of("noting", "pointing", "arguing", "out", "to", "that");
    /** Cues of a party's submission to a board or tribunal, whose reason given after it belongs to it. */
    private static final Set<String> SUBMITTING = WordForms.verbForms("submit/submitted");

    private TopicElaborations() {
    }

    /** Drops from a sentence's statements each participle that elaborates the topic its speaker raised just before. */
    static void join(AttributionContext ctx, List<Attribution> inSentence) {
        inSentence.removeIf(b -> elaborating(b) && raisedBefore(ctx, inSentence, b));
    }

    private static boolean elaborating(Attribution b) {
        String cue = b.cue.toLowerCase(Locale.ROOT);
        return cue.equals("noting") || cue.startsWith("pointing") || cue.equals("arguing");
    }

    /** A topic-raising, concerned or disputing statement of the same speaker whose content runs on over the participle. */
    private static boolean raisedBefore(AttributionContext ctx, List<Attribution> inSentence, Attribution b) {
        for (Attribution a : inSentence) {
            if (a != b && (raisesTopic(ctx, a) || opensConcern(a)) && a.mention != null && b.mention != null
                    && sameOrHolding(inSentence, a, b)
                    && a.contentStart < b.contentStart && a.contentEnd >= b.contentEnd && afterComma(ctx, b.contentStart, a.contentStart)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "drew X's attention to", "raised the issue of", "asked for", "asked that her client be freed": a topic or a
     * request, not yet what was said of it; a submission ("submitted that A"), whose reason is part of it.
     */
    private static boolean raisesTopic(AttributionContext ctx, Attribution a) {
        String cue = a.cue.toLowerCase(Locale.ROOT);
        int first = ctx.tokenAtOrAfter(a.contentStart);
        return cue.contains("attention") || SUBMITTING.contains(cue) || cue.startsWith("asked") && first > 0 && (ctx.tokens.get(first - 1).is("for") || ctx.tokens.get(first - 1).is("that"))
                || cue.startsWith("rais") && ReadoutObjects.topicAt(ctx.tokens, first);
    }

    private static boolean opensConcern(Attribution a) {
        String cue = a.cue.toLowerCase(Locale.ROOT);
        return cue.startsWith("express") && cue.contains("concern") || cue.startsWith("disput") || cue.startsWith("question");
    }

    /**
     * b's speaker made a, or holds it in a statement running over the participle ("The report says that the operator
     * disputed that A, arguing that B", the participle read as the report's).
     */
    private static boolean sameOrHolding(List<Attribution> inSentence, Attribution a, Attribution b) {
        if (a.mention.start() == b.mention.start()) {
            return true;
        }
        for (Attribution x : inSentence) {
            if (x != b && x.mention != null && x.mention.start() == b.mention.start() && x.contentStart <= a.mention.start()
                    && x.contentEnd >= b.contentEnd) {
                return true;
            }
        }
        return false;
    }

    /** ", noting that B": only the participle's words stand between a comma after {@code from} and {@code start}. */
    private static boolean afterComma(AttributionContext ctx, int start, int from) {
        for (int k = ctx.tokenAtOrAfter(start) - 1; k >= 0 && ctx.tokens.get(k).start() > from; k--) {
            Token t = ctx.tokens.get(k);
            if (t.is(",")) {
                return true;
            }
            if (!PARTICIPLE_WORDS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }
}
