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

    @Test
    void aNameBeforeAnAgeAndAnAppositionEndingInACountIsTheAntecedent() {
        assertMentions("""
                The first in line was Marit Solheim, 52, a school cook and mother of four, who says her heating bill has doubled.
                Behind her stood Jon Aasen, 67, who says he walked two miles.
                """,
                "Marit Solheim | her heating bill has doubled | says | indirect",
                "Jon Aasen | he walked two miles | says | indirect");
    }

    /** Round 51: a time phrase after a document dates it; the document is the antecedent of "which". */
    @Test
    void aDocumentDatedBeforeWhichIsTheAntecedent() {
        assertMentions("""
                The port authority released its dredging survey in April, which showed the channel had silted up.
                The council met in March, which showed the roads budget had doubled.
                """,
                "its dredging survey | the channel had silted up | showed | indirect");
    }
}
