package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** The content of a cue whose speaker stands before it. */
class SpeakerBeforeCueTest {

    @Test
    void aParentheticalCueInsideTheSentenceAttributesTheWholeSentence() {
        assertMentions("The average weekly benefit, the report says, would be $300.",
                "the report | The average weekly benefit, the report says, would be $300 | says | indirect");
    }

    @Test
    void statementStopsAtASemicolonAfterATrailingSpeaker() {
        assertMentions("To win the port, the party needs 40 percent of the vote, analysts say; in 2019 it won 27 percent.",
                "analysts | To win the port, the party needs 40 percent of the vote | say | indirect");
    }

    @Test
    void pluralPeopleAfterTheContentSpeakWithoutALexiconEntry() {
        assertMentions("""
                The pier will not reopen this year, boat owners said.
                As part of the review, the council will close the pier, former engineers said.
                As expected, officials said.
                """,
                "boat owners | The pier will not reopen this year | said | indirect",
                "former engineers | As part of the review, the council will close the pier | said | indirect");
    }

    @Test
    void aCueWhosePrepositionLacksItsObjectEndsARelativeClauseNotATrailingAttribution() {
        assertMentions("The river office said the flood crest reached 5.4 metres, well short of the 7 metres its hydrologists"
                        + " had warned about on Sunday.",
                "The river office | the flood crest reached 5.4 metres, well short of the 7 metres its hydrologists had warned"
                        + " about on Sunday | said | indirect");
        assertMentions("Fares will rise in March, the ferry union warned.",
                "the ferry union | Fares will rise in March | warned | indirect");
    }

    /** Round 61: two speakers joined by "and" after the content both say it. */
    @Test
    void aPairJoinedByAndAfterTheContentSpeaks() {
        assertMentions("Flights from Ostrel were cancelled on Friday, the airline and the pilots' union said.",
                "the airline and the pilots' union | Flights from Ostrel were cancelled on Friday | said | indirect");
        assertMentions("Flights were cancelled, Ostrel Air and the Pilots Union said on Friday.",
                "Ostrel Air and the Pilots Union | Flights were cancelled | said | indirect");
        // A clause before "and" is no speaker: "prices rose and wages fell" has its own verbs.
        assertMentions("Fares went up, prices rose and officials said nothing.");
    }

    @Test
    void attributionInsideAWhichClause() {
        assertMentions("The new fares, which officials said will apply from May, do not cover the ferries.",
                "officials | will apply from May | said | indirect");
    }

    @Test
    void aTimeClauseOrParticipleAfterATrailingSpeakerIsNoContentAndADatelineNeither() {
        assertMentions("""
                OSLO \u2015 The bridge is a hazard to all commuters, union leaders said Friday afternoon, as they gathered at the pier.
                Ferries will sail again on Friday, the union said, adding that fares would rise.
                """,
                "union leaders | The bridge is a hazard to all commuters | said | indirect",
                "the union | Ferries will sail again on Friday | said | indirect",
                "the union | fares would rise | adding | indirect");
    }

    @Test
    void aLongTimeClauseRightAfterTheListenerIsNoContent() {
        // No comma before "as": the clause says when, however long it runs.
        assertMentions("This is not about the pier, Mayor Berg told her closest advisers as she worked over one of the last"
                        + " speeches of her second term.",
                "Mayor Berg | This is not about the pier | told | indirect");
        // A quotation after the time clause is what was said, not the adverbial before the speaker.
        assertMentions("At day's end, however, Berg said as she left the pier, “We are finally free.”",
                "Berg | as she left the pier, “We are finally free.” | said | mixed");
    }

    @Test
    void aCueWhoseContentIsOnlyAParticipleLeavesItToTheParticiple() {
        assertMentions("The port chairman Ivo Berg said in a statement, adding that the quay would reopen.",
                "The port chairman Ivo Berg | the quay would reopen | adding | indirect");
    }

    @Test
    void aThatInsideTheContentsOwnClauseIsNoComplementiser() {
        assertMentions("""
                Locals say the council already tried to do that with the old pier.
                Pryce said on Tuesday in Brussels that the bank was independent.
                """,
                "Locals | the council already tried to do that with the old pier | say | indirect",
                "Pryce | the bank was independent | said | indirect");
    }

    @Test
    void aRelativeWhoseClauseHoldsTheCueGivesItsRestAsWhatWasSaid() {
        assertMentions("""
                Vik has two sons, who he said were living in Oslo.
                Lund backed Berg, whom she described as “the best pilot on the coast.”
                Lund has a rival whom he attacked viciously during the campaign.
                """,
                "he | were living in Oslo | said | indirect",
                "she | “the best pilot on the coast.” | described | direct");
    }

    @Test
    void aOneWordAnswerIsWhatWasSaid() {
        assertMentions("""
                Asked whether Mayor Lund “has the grit to run the port,” 64 percent of Pilots said yes, but 30 percent of Fishermen say she does not.
                Asked if he had ever sailed the old ferry, the harbour master said no.
                Holm said yes, yes, yes, over and over again.
                Asked whether the pier should close, everyone but Vik said yes.
                """,
                "64 percent of Pilots | yes | said | indirect",
                "30 percent of Fishermen | she does not | say | indirect",
                "the harbour master | no | said | indirect",
                "Holm | yes, yes, yes | said | indirect",
                "everyone but Vik | yes | said | indirect");
        // The determiner "no" opens a clause of its own.
        assertMentions("Holm said no decision had been made.",
                "Holm | no decision had been made | said | indirect");
    }

    /**
     * "denounced what it called a raid": the naming is the object of the outer cue and one statement with it; "what
     * it called" after a verb that is no cue ("trumpeting") stays the namer's statement.
     */
    @Test
    void aNamingInTheObjectOfAnotherCueIsThatCuesContent() {
        assertMentions("The guild denounced what it called a raid on pensions.",
                "The guild | what it called a raid on pensions | denounced | indirect");
        assertMentions("Mayor Holm was trumpeting what she called her best budget.",
                "she | her best budget | called | indirect");
    }

    /**
     * Round 56: the reason after the outer cue's "for" is its complement too, quoted or not; "on what" is left to the
     * namer, and so is a quoted naming right after the cue ("denounced what it called “a raid.”"), as before.
     */
    @Test
    void aNamingInTheReasonForAnotherCueIsThatCuesContent() {
        assertMentions("Councillor Ada Brenn apologized to tenants for what she called a careless letter.",
                "Councillor Ada Brenn | to tenants for what she called a careless letter | apologized | indirect");
        assertMentions("Councillor Ada Brenn apologized to tenants for what she called \"a careless letter.\"",
                "Councillor Ada Brenn | to tenants for what she called \"a careless letter.\" | apologized | mixed");
    }

    /** Round 56: "what she said in May, when she told X that A": the free relative says when; A is the second cue's. */
    @Test
    void aFreeRelativesCueBeforeATimeClauseWithItsOwnCueSaysNothing() {
        assertMentions("That was not what she said in March, when she told the committee that the budget was \"safe for years.\"",
                "she | the budget was \"safe for years.\" | told | mixed");
    }

    /** Round 53: a wire's weekday after a parenthetical cue leaves it parenthetical: the sentence around it is said. */
    @Test
    void aWeekdayAfterAParentheticalCueKeepsTheSentenceWhole() {
        assertMentions("""
                More than 200 guests at the Lindqvist Hotel have fallen ill with food poisoning, county officials said \
                Monday, and the hotel will stay shut until its kitchens are inspected.
                """, "county officials | More than 200 guests at the Lindqvist Hotel have fallen ill with food poisoning, "
                + "county officials said Monday, and the hotel will stay shut until its kitchens are inspected | said | indirect");
    }

    /** Round 53: a preposition's phrase with a pronoun's clause after it, no comma between, is said, not an adverbial. */
    @Test
    void aFrontedPhraseBeforeAClauseIsSaid() {
        assertMentions("For most of the night he sat on a plastic chair beside the lift, his son said.",
                "his son | For most of the night he sat on a plastic chair beside the lift | said | indirect");
    }
}
