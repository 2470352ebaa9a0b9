package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement the first pass gave an earlier description's words while those were still provisional ("The expert
 * welcomed ..." after the lede's "A UN human rights expert urged ..."; a "she" after it) is that description's person
 * when a later rule names it ({@link DescriptionHolders}): the same story's one person under both. Part of
 * {@link ResolutionStage}.
 */
final class FollowedDescriptions {

    /** The words each pending description stood for before its holder was looked for. */
    private final Map<Attribution, String> provisional = new IdentityHashMap<>();

    FollowedDescriptions(List<Attribution> pending) {
        for (Attribution a : pending) {
            provisional.put(a, a.speaker);
        }
    }

    /** Gives the statements that took a provisional description's words the person that description was found to be. */
    void follow(AnnotatedDocument doc, int[] unitOf) {
        Map<String, String> named = new HashMap<>();
        for (Map.Entry<Attribution, String> e : provisional.entrySet()) {
            Attribution a = e.getKey();
            if (a.speaker != null && !a.speaker.equals(e.getValue())) {
                named.merge(unitOf[a.block] + "|" + e.getValue(), a.speaker, (x, y) -> x.equals(y) ? x : "");
            }
        }
        if (named.isEmpty()) {
            return;
        }
        for (Attribution a : doc.attributions) {
            String person = a.mention == null || a.speaker == null || a.mention.hasName() || provisional.containsKey(a)
                    ? null : named.get(unitOf[a.block] + "|" + a.speaker);
            if (person != null && !person.isEmpty()) {
                a.speaker = person;
            }
        }
    }
}
