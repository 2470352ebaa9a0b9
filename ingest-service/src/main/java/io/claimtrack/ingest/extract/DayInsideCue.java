package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * A day or a duration set between a cue's verb and its particle: "called Monday for the release of ...", "warned
 * Tuesday of delays", "have complained for years about the noise". Wire style puts the day straight after the verb,
 * and a perfect puts how long before the topic; the phrase is the cue it would be without them. A weekday also stands
 * between a parenthetical cue and the comma before its coordinated clause ("A, officials said Sunday, and B").
 */
final class DayInsideCue {

    private DayInsideCue() {
    }

    /** The two-word form ("call for") whose particle follows a day or a duration after token {@code i}, or null. */
    static Lexicon.CueForm form(AnnotatedDocument doc, int i, Sentence s, List<Lexicon.CueForm> forms) {
        int particle = particle(doc, i, s);
        if (particle < 0) {
            return null;
        }
        for (Lexicon.CueForm form : forms) {
            if (form.words().size() == 2 && doc.tokens.get(particle).is(form.words().get(1))) {
                return form;
            }
        }
        return null;
    }

    /** How many tokens stand between the verb at token {@code i} and its particle: the day's or the duration's. */
    static int inside(AnnotatedDocument doc, int i, Sentence s) {
        return particle(doc, i, s) - i - 1;
    }

    /**
     * The token after a weekday at {@code k}, "on" before it or not, that a comma and a coordinated clause follow
     * ("officials said Sunday, and ...", "the agency said on Friday, and ..."), or {@code k}: a participle after the
     * comma ("said Tuesday, eliminating 210 jobs") is the narrator's.
     */
    static int pastWeekday(List<Token> tokens, int k, int end) {
        int day = k + 1 < end && tokens.get(k).is("on") ? k + 1 : k;
        return day + 2 < end && Mentions.isWeekday(tokens.get(day).lower()) && tokens.get(day + 1).is(",")
                && (tokens.get(day + 2).is("and") || tokens.get(day + 2).is("but")) ? day + 1 : k;
    }

    /** The token after the day or the duration that follows the verb at token {@code i}, or -1. */
    private static int particle(AnnotatedDocument doc, int i, Sentence s) {
        if (i + 2 >= s.endToken()) {
            return -1;
        }
        if (Mentions.isWeekday(doc.tokens.get(i + 1).lower())) {
            return i + 2;
        }
        // A perfect spans the duration ("have complained for years about"); "warned for hours about the storm" is one event.
        if (!PerfectAdverbials.perfectAt(doc.tokens, i, s.firstToken())) {
            return -1;
        }
        return ClauseShapes.durationEnd(doc.tokens, i + 1, s.endToken());
    }
}
