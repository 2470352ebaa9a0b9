package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A verb of presenting that closes a lead-in over a list: "Rohan Teval outlined his country's priorities:",
 * "Mahalay set out Sundara's position as follows:" over bullets or numbered points. Alone these verbs present
 * plans, figures or goods ("outlined a route", "listed the house"); before a colon and the list under it they
 * introduce what the speaker put forward, one statement a point. A readout may close the lead-in with a period
 * when its words announce the list: "The President set out the following priorities for the partnership."
 */
final class PresentingLeadIn {

    /** Verbs that present without a particle. */
    private static final Set<String> VERBS = WordSet.of("outline", "outlines", "outlined", "outlining", "present",
            "presents", "presented", "presenting", "list", "lists", "listed", "listing", "summarize", "summarizes",
            "summarized", "summarizing", "summarise", "summarises", "summarised", "summarising");
    /** Verbs that present with "out": "set out", "laid out". */
    private static final Set<String> OUT_VERBS = WordSet.of("set", "sets", "setting", "lay", "lays", "laid", "laying");

    private PresentingLeadIn() {
    }

    /** The index after the cue when the verb at {@code i} presents the list under its sentence's colon, else -1. */
    static int cueEnd(AnnotatedDocument doc, int i, Sentence s) {
        List<Token> t = doc.tokens;
        String w = t.get(i).lower();
        int end = VERBS.contains(w) ? i + 1 : OUT_VERBS.contains(w) && i + 1 < s.endToken() && t.get(i + 1).is("out") ? i + 2 : -1;
        return end > 0 && end < s.endToken() - 1 && (t.get(s.endToken() - 1).is(":") || announcesList(t, end, s))
                && listFollows(doc, s) ? end : -1;
    }

    /**
     * A sentence closed with a period whose cue's object is "the following ..." or whose last word is "follows": the
     * list comes next. Only a few words after the cue are read, so a long sentence is not read once per cue.
     */
    static boolean announcesList(List<Token> t, int cueEnd, Sentence s) {
        if (!t.get(s.endToken() - 1).is(".")) {
            return false;
        }
        for (int k = cueEnd; k < Math.min(s.endToken(), cueEnd + Windows.LIST_ANNOUNCER_TOKENS); k++) {
            if (t.get(k).is("following")) {
                return true;
            }
        }
        return s.endToken() - 2 >= cueEnd && t.get(s.endToken() - 2).is("follows");
    }

    /**
     * The sentence closes its block, and a list item comes next, or a heading over one; the page's furniture between
     * them (a gallery line, a caption) is skipped.
     */
    static boolean listFollows(AnnotatedDocument doc, Sentence s) {
        int b = s.block() + 1;
        while (b < doc.blocks.size() && doc.block(b).isNoise()) {
            b++;
        }
        if (s.end() != doc.block(s.block()).end() || b >= doc.blocks.size()) {
            return false;
        }
        Block.Kind next = doc.block(b).kind();
        return next == Block.Kind.BULLET
                || next == Block.Kind.HEADLINE && b + 1 < doc.blocks.size() && doc.block(b + 1).kind() == Block.Kind.BULLET;
    }
}
