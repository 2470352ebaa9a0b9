package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueStageTest {

    private static List<String> cues(String text) {
        AnnotatedDocument doc = Pipeline.through(CueStage.class, text);
        List<String> out = new ArrayList<>();
        for (Cue c : doc.cues) {
            out.add(c.text() + (c.kind() == Lexicon.CueKind.ACCORDING_TO ? " [according]" : ""));
            Token first = doc.tokens.get(c.firstToken());
            Token last = doc.tokens.get(c.endToken() - 1);
            assertEquals(c.text(), doc.text(first.start(), last.end()));
        }
        return out;
    }

    @Test
    void speechVerbsInAnyTenseIncludingMultiWordCues() {
        assertEquals(List.of("said", "stressed", "warns", "denied", "called on", "pointed out", "saying", "wrote"),
                cues("""
                        Holm said that fares would rise.
                        She stressed the plan was fair.
                        The union warns of a strike.
                        Okafor denied the claim.
                        Pryce called on lenders to act.
                        The mayor pointed out that buses were full.
                        The minister is saying nothing.
                        Lund wrote to the board.
                        """));
    }

    @Test
    void accordingToAtTheStartOrInsideASentence() {
        assertEquals(List.of("According to [according]", "according to [according]"), cues("""
                According to the ministry, exports doubled.
                Exports doubled, according to the ministry.
                """));
    }

    @Test
    void wordsInsideQuotationsAreNoCues() {
        assertEquals(List.of("said"), cues("“Nobody said it would be easy, and we warned them,” Holm said."));
    }

    @Test
    void nounsAfterDeterminersAndPossessivesAreNoCues() {
        assertEquals(List.of(), cues("The report was late. His claim was false. The ministry’s statement was brief."));
    }

    @Test
    void capitalisedWordsAreNoCues() {
        assertEquals(List.of(), cues("Report Group members met Hope Park residents."));
    }

    @Test
    void nounsAndParticiplesThatLookLikeCues() {
        assertEquals(List.of("found", "said"), cues("""
                An audit report released last year found gaps in the accounts.
                The planned hit failed, the police said.
                The region experienced attacks upon its ports.
                """));
    }
}
