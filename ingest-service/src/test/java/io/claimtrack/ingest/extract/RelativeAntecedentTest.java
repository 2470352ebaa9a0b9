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

    /**
     * Round 53: a cue after "and" ending a relative clause is its antecedent's second verb, and what was said ends at
     * the clause's closing comma: not the sentence's subject, nor the main clause after it. "here" or "there" after the
     * antecedent says where it is.
     */
    @Test
    void aSecondVerbOfARelativeClauseIsTheAntecedents() {
        assertMentions("""
                Reporters spoke to Ines Varga, who answered the door on Sunday and said she would vote for the harbour plan.
                The dredging has become a rallying point for protesters there, who have marched to the town hall and called for the survey to be published.
                The ferrymen, who left the meeting early but said the fares were too high, went home at dusk.
                """,
                "Ines Varga | she would vote for the harbour plan | said | indirect",
                "protesters | the survey to be published | called for | indirect",
                "The ferrymen | the fares were too high | said | indirect");
    }

    /**
     * A relative clause of a verb that is no cue, then the main clause's cue: the antecedent says nothing of its own. A
     * restrictive clause inside another cue's object leaves "and said" to that cue's subject.
     */
    @Test
    void aRelativeClauseWithoutACueLeavesTheMainClauseItsSubject() {
        assertMentions("""
                Pål Rud, who owns the quay and runs the ferry, said the fares would rise.
                The port board announced support from skippers who have lost boats to the storm and said the fund would open in May.
                """,
                "Pål Rud | the fares would rise | said | indirect",
                "The port board | support from skippers who have lost boats to the storm | announced | indirect",
                "The port board | the fund would open in May | said | indirect");
    }

    /** Round 53 (ayleft's cases, kept when address's reading of the same shape landed): a relative clause about a newly named person. */
    @Test
    void aCueAfterAndInsideARelativeClauseIsTheAntecedents() {
        assertMentions("""
                Still behind the counter is Oskar Fenwright, 72, who has baked rye bread on Mill Lane since 1981 and says he will hand the ovens to his niece.
                The oldest member is Ruth Abney, who sailed the lake every summer for 40 years and said the water had never been so low.
                """,
                "Oskar Fenwright | he will hand the ovens to his niece | says | indirect",
                "Ruth Abney | the water had never been so low | said | indirect");
    }

    @Test
    void aCueAfterAClauseClosedByItsCommaIsNotTheAntecedents() {
        assertMentions("""
                The ferry was run by Ida Venn, who had worked the crossing for years, and the council now says it will sell the boat.
                """,
                "the council | it will sell the boat | says | indirect");
    }
}
