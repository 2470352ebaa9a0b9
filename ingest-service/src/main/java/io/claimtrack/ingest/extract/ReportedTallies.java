package io.claimtrack.ingest.extract;

import java.util.Locale;

/**
 * "The health board said 210 guests had reported nausea or vomiting", "According to the board, hotels reported nine
 * outbreaks last year": inside what another speaker reports, "reported" with a count or a gerund as its object is that
 * speaker's tally of cases or symptoms, no words its subject spoke. The guideline makes nested statements optional, so
 * such a one is left out, as {@link ReportedBeliefs} does for views; "Holm said the ferry line reported that the pier
 * was safe" reports words and stays nested. So is a counted subject's object: "According to the clinic, 40 pupils have
 * reported headaches that may be linked to the fumes" counts cases.
 */
final class ReportedTallies {

    private ReportedTallies() {
    }

    /**
     * Whether the statement's cue is "reported" (or a form of it) and its object a count or a gerund, or its subject
     * counted and its object no "that" clause or quotation.
     */
    static boolean tally(AttributionContext ctx, Attribution a) {
        int content = ctx.tokenAtOrAfter(a.contentStart);
        if (!StanceVerbs.firstWord(a.cue.toLowerCase(Locale.ROOT)).startsWith("report") || content >= ctx.tokens.size()) {
            return false;
        }
        Token first = ctx.tokens.get(content);
        return CountedObjects.thingsCounted(first) || first.isLowerWord() && (first.lower().endsWith("ing")
                || !first.is("that") && a.mention != null
                        && CountedObjects.thingsCounted(ctx.tokens.get(ctx.tokenAtOrAfter(a.mention.start()))));
    }
}
