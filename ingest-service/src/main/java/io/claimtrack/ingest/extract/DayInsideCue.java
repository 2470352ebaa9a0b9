package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * A day set between a cue's verb and its particle: "called Monday for the release of ...", "warned Tuesday of
 * delays". Wire style puts the day straight after the verb; the phrase is the cue it would be without the day.
 */
final class DayInsideCue {

    private DayInsideCue() {
    }

    /** The two-word form ("call for") whose particle follows a day word after token {@code i}, or null. */
    static Lexicon.CueForm form(AnnotatedDocument doc, int i, Sentence s, List<Lexicon.CueForm> forms) {
        if (i + 2 >= s.endToken() || !Mentions.isWeekday(doc.tokens.get(i + 1).lower())) {
            return null;
        }
        for (Lexicon.CueForm form : forms) {
            if (form.words().size() == 2 && doc.tokens.get(i + 2).is(form.words().get(1))) {
                return form;
            }
        }
        return null;
    }
}
