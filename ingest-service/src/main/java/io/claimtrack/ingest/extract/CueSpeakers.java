package io.claimtrack.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Each cue's speaker phrase before it ({@link SpeakerPhrases#before}), null when it has none, kept by the cue's first
 * token: stages ask in text order, so the look-ups walk the arrays forward, where an identity map's bins
 * lie anywhere (its look-ups took 3 % of the samples on "quoted answers"). A second cue at one token is kept
 * in a map of its own.
 */
final class CueSpeakers {

    private final Cue[] cues;
    private final Mention[] speakers;
    private final Map<Cue, Mention> others = new IdentityHashMap<>();

    CueSpeakers(int tokens) {
        cues = new Cue[tokens];
        speakers = new Mention[tokens];
    }

    boolean known(Cue cue) {
        return cues[cue.firstToken()] == cue || others.containsKey(cue);
    }

    /** The phrase kept for a {@link #known} cue. */
    Mention get(Cue cue) {
        int t = cue.firstToken();
        return cues[t] == cue ? speakers[t] : others.get(cue);
    }

    void put(Cue cue, Mention speaker) {
        int t = cue.firstToken();
        if (cues[t] == null || cues[t] == cue) {
            cues[t] = cue;
            speakers[t] = speaker;
        } else {
            others.put(cue, speaker);
        }
    }
}
