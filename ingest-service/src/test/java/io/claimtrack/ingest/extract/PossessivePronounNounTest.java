package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A possessive pronoun before a noun of saying and its that-clause: "his claim that ..." is what he claimed. */
class PossessivePronounNounTest {

    @Test
    void thePronounIsResolvedAsASubjectPronounIs() {
        AnnotatedDocument doc = extract("""
                Mayor Tom Berg said the fares would fall in May.
                Commuters laughed at his claim that the night ferry was never late.
                The harbour board stood by its warning that the pier could collapse.
                """);
        assertSpeaker(doc, "the night ferry was never late", "Tom Berg");
        assertEquals(List.of("the fares would fall in May", "the night ferry was never late", "the pier could collapse"),
                contents(doc));
    }

    @Test
    void afterALightVerbTheVerbsSubjectSpeaks() {
        // "gave her assurances": the board assured her; "repeated his claim": the subject claims.
        AnnotatedDocument doc = extract("""
                Skipper Lund asked about the quay.
                The harbour board gave her assurances that the quay would be repaired.
                """);
        assertSpeaker(doc, "the quay would be repaired", "The harbour board");
        // "in his remarks" is the medium of "stressed": the one statement is the cue's.
        assertMentions("Tom Berg stressed in his remarks that the pier was safe.",
                "Tom Berg | the pier was safe | stressed | indirect");
    }
}
