package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A light verb whose object is a noun of saying, with that noun's that-clause: "made the point that ...", "gave
 * assurances that ...", "offered her firmest promise that ...", "raised concerns that ...". The verb carries no
 * sense of its own; the noun does, so the verb, its object and the noun are the cue and the clause is what was
 * said. Verbs that turn the noun into another speaker's words ("dismissed accusations that", "cited concerns
 * that") are not light verbs here.
 */
final class LightVerbCue {

    /**
     * Forms of make, give, offer, issue, voice, express, raise, share, repeat, reiterate, renew and press ("expressed
     * the hope that": a readout's hope is said, as "expressed hope that" is).
     */
    private static final Set<String> LIGHT_VERBS = WordSet.of("make", "makes", "made", "making", "give", "gives", "gave",
            "given", "giving", "offer", "offers", "offered", "offering", "issue", "issues", "issued", "issuing", "voice",
            "voices", "voiced", "voicing", "express", "expresses", "expressed", "expressing", "raise", "raises", "raised", "raising", "share", "shares", "shared", "sharing",
            "repeat", "repeats", "repeated", "repeating", "reiterate", "reiterates", "reiterated", "reiterating", "renew",
            "renews", "renewed", "renewing", "press", "presses", "pressed", "pressing");
    /** Nouns of a view or an argument that these verbs make into an act of saying, beside the nouns of saying. */
    private static final Set<String> VIEW_NOUNS = WordSet.of("point", "case", "observation", "charge", "charges",
            "commitment", "concern", "concerns", "doubt", "doubts", "confidence", "conviction", "belief", "hope", "fear", "fears",
            "guarantee", "promises", "warnings", "predictions");
    private static final Set<String> GIVE = WordSet.of("give", "gives", "gave", "given", "giving");
    /** Nouns of a judgement whose of-phrase is what was judged: "gave a high assessment of". */
    private static final Set<String> ASSESSMENTS = WordSet.of("assessment", "assessments", "appraisal", "evaluation");
    /** "The Parties attach particular importance to ...": a joint statement's weight given is its view of what follows. */
    private static final Set<String> ATTACH = WordForms.verbForms("attach");
    private static final Set<String> WEIGHTS = WordSet.of("importance", "significance");
    /** Words that end the verb's object before any noun: the verb has another object or a clause of its own. */
    private static final Set<String> NOT_IN_OBJECT = WordSet.of("that", "to", "for", "of", "and", "or", "but", "in", "on",
            "at", "with", "by", "from", "about", "as", "it", "them", "him", "us", "me", "you", "what", "how", "this");

    private LightVerbCue() {
    }

    private static boolean cueAlone(String lower, Lexicon lexicon) {
        return lexicon.cuesStartingWith(lower).stream().anyMatch(f -> f.words().size() == 1);
    }

    /** A noun of saying or of a view, or its plural: "points", "proposals", "remarks". */
    private static boolean sayingNoun(String lower, Lexicon lexicon) {
        String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        return lexicon.statementNouns.contains(lower) || VIEW_NOUNS.contains(lower)
                || lexicon.statementNouns.contains(singular) || VIEW_NOUNS.contains(singular);
    }

    /**
     * The index after the noun when the light verb at {@code i} opens "made the point that ...", else -1. The noun
     * follows within a few words of its determiner and modifiers, "that" follows the noun, and no verb follows
     * "that" ("issued a statement that was read aloud" is a relative clause). Also the index after "of" in "gave a
     * positive assessment of", and after the noun of a lead-in's last words ("made the following points:").
     */
    static int cueEnd(List<Token> t, int i, Sentence s, Lexicon lexicon) {
        if (ATTACH.contains(t.get(i).lower())) {
            return weightGiven(t, i, s);
        }
        if (!LIGHT_VERBS.contains(t.get(i).lower())) {
            return -1;
        }
        for (int k = i + 1; k + 1 < s.endToken() && k <= i + Windows.LIGHT_VERB_OBJECT_TOKENS; k++) {
            Token tok = t.get(k);
            String lower = tok.lower();
            if (!tok.isWord() || tok.isCapitalized() || NOT_IN_OBJECT.contains(lower)) {
                return -1;
            }
            if ((lexicon.statementNouns.contains(lower) || VIEW_NOUNS.contains(lower)) && t.get(k + 1).is("that")
                    && k + 2 < s.endToken()) {
                return ObjectComplement.relativeVerbOrPast(t, k + 2, s) ? -1 : k + 1;
            }
            if (ASSESSMENTS.contains(lower) && t.get(k + 1).is("of") && k + 2 < s.endToken() && GIVE.contains(t.get(i).lower())) {
                // A readout's "gave a positive assessment of the talks": what was assessed.
                return k + 2;
            }
            if (t.get(k + 1).is(":") && k + 2 == s.endToken() && sayingNoun(lower, lexicon) && !cueAlone(t.get(i).lower(), lexicon)
                    && !ReportedContent.isMedium(lower)) {
                // A lead-in: "The minister made the following points:" over the points; "issued the following
                // statement:" names a document, and the verb alone stays the cue.
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * The index after the verb of "attach particular importance to the pipeline", "attached great significance to":
     * the weight within a few lower-case words of the verb, then "to"; the weight and what it is given to are what was
     * said, as the object of "expressed regret over ..." is. "attached a file to" and "attached to the ministry" are no cue.
     */
    private static int weightGiven(List<Token> t, int i, Sentence s) {
        for (int k = i + 1; k + 2 < s.endToken() && k <= i + Windows.LIGHT_VERB_OBJECT_TOKENS; k++) {
            Token tok = t.get(k);
            if (!tok.isWord() || tok.isCapitalized() || NOT_IN_OBJECT.contains(tok.lower())) {
                return -1;
            }
            if (WEIGHTS.contains(tok.lower()) && t.get(k + 1).is("to")) {
                return i + 1;
            }
        }
        return -1;
    }
}
