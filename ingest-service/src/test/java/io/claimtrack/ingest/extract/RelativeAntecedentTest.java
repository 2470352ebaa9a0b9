package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Issue 9, round 49: the antecedent of a subject relative ("X, which said", "X, who says") speaks. */
class RelativeAntecedentTest {

    @Test
    void bodiesInThePluralBeforeWhichSpeak() {
        assertMentions("""
                The regatta was clouded by a quarrel with the ferrymen's unions, which said deckhands were owed two months' pay.
                Talks stalled over objections from the two agencies, which said the budget was too thin.
                """,
                "the ferrymen's unions | deckhands were owed two months' pay | said | indirect",
                "two agencies | the budget was too thin | said | indirect");
    }

    @Test
    void aThingInThePluralBeforeWhichIsNoSpeaker() {
        assertMentions("The crews repaired the bridges, which said nothing of their age.");
    }
}
