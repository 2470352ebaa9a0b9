package io.claimtrack.ingest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Cue verbs of belief and of finding ("believes", "thought", "fears", "polls show", "the audit found"). Said of
 * someone or something inside what another speaker reports ("Holm said the mayor believes the pier is safe",
 * "Holm said polls show the toll is unpopular"), they are that speaker's account of a view or a result: the mayor
 * and the polls asserted nothing there. The guideline makes nested statements optional, so such a one is left out,
 * as {@link StanceVerbs} does for wishes; a verb of saying in the same place ("Holm said the mayor told her that
 * ...") reports words someone spoke and stays nested.
 */
final class ReportedBeliefs {

    private static final Set<String> FORMS = WordForms.verbForms("believe", "think/thought", "feel/felt",
            "know/knew/known", "doubt", "fear", "suspect", "understand/understood", "show/showed/shown", "find/found",
            "indicate", "conclude", "see/saw/seen", "view", "regard", "consider");

    private ReportedBeliefs() {
    }

    /** Whether this cue, as written, opens with a verb of belief or of finding. */
    static boolean opens(String cue) {
        return FORMS.contains(StanceVerbs.firstWord(cue.toLowerCase(Locale.ROOT)));
    }
}
