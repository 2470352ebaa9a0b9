package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verbs inside another speaker's content that name or let go, saying nothing themselves (set AE, B1 and B6). */
class NestedActsTest {

    @Test
    void aNameSetOffByCommasIsNoCue() {
        assertEquals(List.of("reported"), cues("The coast guard reported that the tug, called Brimstone, sank off the cape."));
        assertEquals(List.of("said"), cues("The harbour board said the ferry, called the Gull-3, failed its inspection."));
    }

    @Test
    void aCalledWithItsComplementStaysACue() {
        assertEquals(List.of("called"), cues("The admiral called the Gull-3 a triumph."));
        assertEquals(List.of("said", "called"), cues("Critics, the mayor said, called the Brimstone a waste of money."));
    }

    @Test
    void dismissingAPersonIsNoCue() {
        assertEquals(List.of("said"), cues("The mayor said that she had dismissed the depot manager on Friday."));
        assertEquals(List.of("announced"), cues("The warden announced that he had dismissed his night deputy."));
    }

    @Test
    void dismissingWordsOrAPersonAsSomethingStaysACue() {
        assertEquals(List.of("dismissed"), cues("The mayor dismissed the report as fiction."));
        assertEquals(List.of("dismissed"), cues("The mayor dismissed the critics as cranks."));
        assertEquals(List.of("dismissed"), cues("The mayor dismissed the manager's account of the fire."));
    }

    private static List<String> cues(String sentence) {
        AnnotatedDocument doc = extract("Harbour news\n\n" + sentence + "\n");
        List<String> out = new ArrayList<>();
        for (Attribution a : doc.attributions) {
            out.add(a.cue);
        }
        return out;
    }
}
