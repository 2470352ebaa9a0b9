package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each cue's speaker phrase kept once found, a phrase of none included, apart for two cues at one token. */
class CueSpeakersTest {

    private static Mention mention(int start, String text) {
        return new Mention(start, start + text.length(), text, "", "", SpeakerKind.PERSON);
    }

    @Test
    void aCueIsKnownOnlyOnceItsPhraseIsKept() {
        CueSpeakers speakers = new CueSpeakers(10);
        Cue told = new Cue(0, 3, 4, "told", Lexicon.CueKind.VERB);
        Cue warned = new Cue(0, 7, 8, "warned", Lexicon.CueKind.VERB);
        Mention ferryman = mention(0, "the ferryman");

        assertFalse(speakers.known(told));
        speakers.put(told, ferryman);
        speakers.put(warned, null);

        assertTrue(speakers.known(told));
        assertSame(ferryman, speakers.get(told));
        assertTrue(speakers.known(warned));
        assertNull(speakers.get(warned));
    }

    @Test
    void anEqualCueOfItsOwnAtTheSameTokenKeepsItsOwnPhrase() {
        CueSpeakers speakers = new CueSpeakers(6);
        Cue first = new Cue(0, 2, 3, "noted", Lexicon.CueKind.VERB);
        Cue second = new Cue(0, 2, 3, "noted", Lexicon.CueKind.VERB);
        Mention keeper = mention(0, "the lock keeper");
        Mention pilot = mention(20, "the pilot");

        speakers.put(first, keeper);
        assertFalse(speakers.known(second));
        speakers.put(second, pilot);

        assertSame(keeper, speakers.get(first));
        assertSame(pilot, speakers.get(second));
    }
}
