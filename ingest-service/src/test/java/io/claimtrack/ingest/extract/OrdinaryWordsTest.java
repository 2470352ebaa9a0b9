package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * Cue words in senses that say nothing: a participle used as an adjective ("after last month's disputed count") or
 * after a noun of what was agreed ("the truce agreed in March"), a noun of saying in an object ("gave a forecast"), a
 * leave-taking ("say goodbye to"), standing law ("Under the charter,", "Under state law,"), a court's rejection whose
 * ruling gives its grounds, a discovery told as an event, a wish in a deck's bullet. The verbs in their sense of
 * saying, beside them, are left.
 */
class OrdinaryWordsTest {

    @Test
    void aParticipleBeforeItsNounIsAnAdjective() {
        assertMentions("""
                Crowds marched in Velmora after last month's disputed mayoral count. Its stated aim is a new count.
                The electoral board disputed the figures.
                Ana Roos said the reported losses were small.
                Ana Roos's repeated emphasis that two boats had leaked led the council to close the pier.
                And she's predicted a calm summer.
                """,
                "The electoral board | the figures | disputed | indirect",
                "Ana Roos | the reported losses were small | said | indirect",
                "Ana Roos's | two boats had leaked led the council to close the pier | repeated | indirect",
                "she | a calm summer | predicted | indirect");
    }

    @Test
    void reportedBeforeAStateIsAPassiveOnTheNounBeforeIt() {
        assertMentions("""
                Sheriff Dana Holt said deputies were searching barns along the river, and that a pickup truck reported stolen in Marlow may be linked.
                """,
                "Sheriff Dana Holt | deputies were searching barns along the river, and that a pickup truck reported stolen in Marlow may be linked | said | indirect");
    }

    /** Round 54: "repeat" before one who does a thing again, or the thing done, is an adjective. */
    @Test
    void repeatBeforeAnOffenderIsAnAdjective() {
        assertMentions("""
                Drivers who park in the bus lane will pay $80, and repeat offenders lose their permits, the harbour board said.
                The council logged 90 repeat violations last spring. Ferry crews repeat the safety notice at every stop.
                """,
                "the harbour board | Drivers who park in the bus lane will pay $80, and repeat offenders lose their permits | said | indirect",
                "Ferry crews | the safety notice at every stop | repeat | indirect");
    }

    @Test
    void aParticipleAfterANounOfWhatWasAgreedOrDeclaredIsNoVerb() {
        assertMentions("""
                We note with concern that the truce agreed in Marova in March has been broken almost every night since April.
                The curfew announced on Monday will be lifted on Friday, the mayor said.
                The two ministers agreed in Geneva that the border crossings would reopen.
                """,
                "We | the truce agreed in Marova in March has been broken almost every night since April | note | indirect",
                "the mayor | The curfew announced on Monday will be lifted on Friday | said | indirect",
                "The two ministers | the border crossings would reopen | agreed | indirect");
    }

    @Test
    void aNounOfSayingInAPastVerbsObjectIsNoVerb() {
        assertMentions("""
                Kestrel Motors Inc. gave a full-year sales forecast that fell short of analysts' estimates.
                Analysts at a Swiss bank forecast that the franc would weaken.
                The carmaker forecast that sales would fall.
                """,
                "Analysts at a Swiss bank | the franc would weaken | forecast | indirect",
                "The carmaker | sales would fall | forecast | indirect");
    }

    @Test
    void aLeaveTakingSaysNothing() {
        assertMentions("""
                Dockers and their families say farewell to the last grain barge on the canal.
                The harbour master said goodbye was the hardest word.
                """,
                "The harbour master | goodbye was the hardest word | said | indirect");
    }

    @Test
    void standingLawIsNoSourceButADraftIs() {
        assertMentions("""
                The new senate sits on June 3. Under the charter, it needs 40 senators present to vote, which the coalition lacks.
                Under state law, a recount is automatic when the margin is below 0.5%.
                Under the draft, each province would keep its own police.
                """,
                "the draft | each province would keep its own police | Under | indirect");
    }

    @Test
    void aRejectionGroundedInARulingIsADecision() {
        assertMentions("""
                Judge Pia Norlund rejected the request for bail, ruling that the accused could leave the country.
                The union rejected the claim, saying the rents had doubled.
                """,
                "Judge Pia Norlund | the accused could leave the country | ruling | indirect",
                "The union | the claim | rejected | indirect",
                "The union | the rents had doubled | saying | indirect");
    }

    @Test
    void aRefusalGroundedInAFindingIsADecision() {
        assertMentions("""
                The Returning Officer granted a recount in Holmby and refused the other two requests, finding that the agents had raised no objection.
                """,
                "The Returning Officer | the agents had raised no objection | finding | indirect");
        assertMentions("The ferry union refused the timetable, saying the crossings were too long.",
                "The ferry union | the timetable | refused | indirect",
                "The ferry union | the crossings were too long | saying | indirect");
    }

    @Test
    void aFilingRejectedWithWrittenGroundsIsADecision() {
        assertMentions("""
                The tribunal rejected the landlord's motion to adjourn, stating that the tenants had waited long enough.
                The council leader rejected the proposal, stating that the budget had no room for it.
                """,
                "The tribunal | the tenants had waited long enough | stating | indirect",
                "The council leader | the proposal | rejected | indirect",
                "The council leader | the budget had no room for it | stating | indirect");
    }

    @Test
    void aDiscoveryBySomeoneBroughtInWithinATimeClauseIsNarration() {
        assertMentions("""
                The theft came to light in 2027 when a night porter noticed that the safe had a new lock.
                When the harbour master learned that the crane had failed, he closed the quay.
                """,
                "the harbour master | the crane had failed | learned | indirect");
    }

    /** Round 51: a speaker's own discovery in a time clause after "said" is part of what was said. */
    @Test
    void aDiscoveryInATimeClauseOfWhatWasSaidIsPartOfIt() {
        assertMentions("""
                Baker Tomas Ferrell said he had sold 90 loaves before he noticed the oven was cold.
                """,
                "Baker Tomas Ferrell | he had sold 90 loaves before he noticed the oven was cold | said | indirect");
    }

    @Test
    void aWishInADeckSaysNothingButInTheStoryItIsLeft() {
        assertMentions("""
                Ferry fares to rise in June

                * Crews want longer breaks, more staff on night runs

                KESSBY (AW) - Ferry fares will rise in June. The seamen's union wants the operator to hire 40 more deckhands.
                """,
                "The seamen's union | the operator to hire 40 more deckhands | wants | indirect");
    }

    /** Round 57: a deck's wish may open its object with a figure, a dashed bullet as a starred one. */
    @Test
    void aWishOfAFigureInADecksDashedBulletSaysNothing() {
        assertMentions("""
                Harbour pilots strike at Lund

                - Pilots' guild wants 9% raise; port says offer of 4% stands

                LUND (AW) - Ships queued outside the harbour on Monday.
                """,
                "port | offer of 4% stands | says | indirect");
    }

    /** Round 49: "physically demanding occupations", "a demanding job" describe a noun; "openly demanding a recount" is a demand. */
    @Test
    void anAdjectiveInIngBeforeItsNounIsNoCue() {
        assertMentions("""
                The Board is concerned that workers in physically demanding occupations will bear the cost.
                Ola Brekke left a demanding job at the port in May.
                Protesters are openly demanding a recount of the ballots.
                """,
                "The Board | workers in physically demanding occupations will bear the cost | concerned | indirect",
                "Protesters | a recount of the ballots | demanding | indirect");
    }

    /** Round 50: a participle that points a thing to a numbered part of the document is no verb; a body's stays. */
    @Test
    void aParticiplePointingToAnItemIsNoVerb() {
        assertMentions("""
                Ms. Oyelowo confirmed that the grant described in item 6.2 could be used only for the library roof.
                The harbour board described in its filing how the quay had sunk.
                """,
                "Ms. Oyelowo | the grant described in item 6.2 could be used only for the library roof | confirmed | indirect",
                "The harbour board | in its filing how the quay had sunk | described | indirect");
    }
}
