package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round: kin named in apposition and then called by the bare noun ("survived by a son, Piet
 * Aldar, and a daughter, ... her daughter said"); and a spokesman named for a woman ("her spokesman, Tor Wennick,")
 * is the "he" that follows, the "her" being whose spokesman he is.
 */
class KinInAppositionTest {

    @Test
    void anObituarysKinListNamesWhoHerDaughterIs() {
        AnnotatedDocument doc = extract("""
                Gerda Hollin, who kept the ferry inn at Lask for half a century, died on Sunday. She was 88.

                Hollin took over the inn from her parents in 1961. She is survived by a son, Aron Hollin, and a daughter, \
                Mette Hollin-Skaar.

                "She fed every fisherman on the coast," her daughter said.

                "Nobody left the inn hungry," her son said.
                """);
        assertSpeaker(doc, "\"She fed every fisherman on the coast,\"", "Mette Hollin-Skaar");
        assertSpeaker(doc, "\"Nobody left the inn hungry,\"", "Aron Hollin");
    }

    @Test
    void herSpokesmanIsTheHeThatFollows() {
        AnnotatedDocument doc = extract("""
                LASK, May 2 (Reuters) - Minister Edda Varn will visit the northern ports next week, her spokesman, \
                Jorn Pell, said. "The trip will take three days," he said.
                """);
        assertSpeaker(doc, "\"The trip will take three days,\"", "Jorn Pell");
    }
}
