package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An adjunct between the subject and its cue, without commas: where or when it was said, no part of the speaker. */
class PreverbalAdjunctTest {

    @Test
    void aTimeWithoutADateWordEndsTheSubject() {
        assertMentions("""
                Selma Rook at the time said the ferry was safe.
                A harbour pilot at one point said the channel was too shallow.
                """,
                "Selma Rook | the ferry was safe | said | indirect",
                "A harbour pilot | the channel was too shallow | said | indirect");
    }

    @Test
    void aMediumOrOccasionEndsTheSubject() {
        assertMentions("""
                The tanners' guild in a statement said the river was clean.
                The ferry company on Twitter said sailings to Orn were cancelled.
                The lock keepers in a letter to the council on Friday said the gates were rusted.
                """,
                "The tanners' guild | the river was clean | said | indirect",
                "The ferry company | sailings to Orn were cancelled | said | indirect",
                "The lock keepers | the gates were rusted | said | indirect");
    }

    @Test
    void aVerbARelativeOrACommaBeforeThePhraseKeepsIt() {
        // The phrase goes with a verb or a clause of its own, or stands in an aside the asides read: no cut here.
        for (String text : List.of("Orla Venn appeared on Monday interview shows", "The members who spoke on the radio said",
                "The guild, in a statement on its website, said")) {
            List<Token> tokens = tokens(text);
            int p = beforeLastWord(tokens);
            assertEquals(p, PreverbalAdjunct.before(tokens, p, 0), text);
        }
        List<Token> cut = tokens("The lock keepers in a statement to the Harbour Council said");
        assertEquals(2, PreverbalAdjunct.before(cut, beforeLastWord(cut), 0));
    }

    /** The token before the text's last word, the cue's. */
    private static int beforeLastWord(List<Token> tokens) {
        int last = tokens.size() - 1;
        while (!tokens.get(last).isWord()) {
            last--;
        }
        return last - 1;
    }

    private static List<Token> tokens(String text) {
        return Pipeline.through(SentenceStage.class, text).tokens;
    }
}
