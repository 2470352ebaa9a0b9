package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * "recall" with a counted object takes goods off the market ({@link CueSense}); with a memory it reports one. "refer"
 * with a counted object passes files on.
 */
class CountedRecallTest {

    @Test
    void goodsCountedAreRecalledNotRemembered() {
        assertMentions("""
                The toy maker recalled 18,000 wooden trains over loose wheels.
                The dairy board is recalling three batches of goat cheese.
                The dairy board said the cheese had been stored too warm.
                """,
                "The dairy board | the cheese had been stored too warm | said | indirect");
    }

    /** Round 56: a hedged count ("about 40,000") is a count too; the regulator's report of the recall stays. */
    @Test
    void goodsCountedAboutAreRecalled() {
        assertMentions("""
                Pharmaceutical maker Orrin Labs is recalling about 40,000 inhalers after tests found a loose valve, the health regulator said.
                """,
                "the health regulator | Pharmaceutical maker Orrin Labs is recalling about 40,000 inhalers after tests found a loose valve | said | indirect");
    }

    @Test
    void aMemoryRecalledStaysAStatement() {
        assertMentions("""
                The lighthouse keeper recalled a night in 1987 when the lamp failed in a gale.
                """,
                "The lighthouse keeper | a night in 1987 when the lamp failed in a gale | recalled | indirect");
    }

    /**
     * Round 47: "referred seven cases to the State Attorney" hands files on; the finding before it stays and ends before
     * that second verb.
     */
    @Test
    void casesCountedAreReferredNotSpoken() {
        assertMentions("""
                The tax inspectors found errors in 30 of the 120 returns, with a value of 2 million crowns, and referred seven cases to the State Attorney.
                The harbour office referred 14 complaints to the ombudsman on Friday.
                """,
                "The tax inspectors | errors in 30 of the 120 returns, with a value of 2 million crowns | found | indirect");
    }

    /**
     * Round 49: a matter passed on without a count ("referred the tender to", "would refer any dispute to") is an act
     * too; a spokesperson's "referred questions to" sends the asking on and stays a cue.
     */
    @Test
    void aMatterReferredIsPassedOnButQuestionsReferredStayACue() {
        assertMentions("""
                The port's audit office referred the Ostby dredging contract to the fraud prosecutor in May.
                The two towns would refer any remaining boundary dispute to the provincial court.
                A spokesman for the port, Emil Rask, referred further questions to the fraud prosecutor.
                """,
                "A spokesman for the port, Emil Rask | further questions to the fraud prosecutor | referred | indirect");
    }

    /**
     * Round 57: the matter passed on may carry its topic or its target ("the findings on two quarry firms", "the
     * complaint against the harbour master"); still an act.
     */
    @Test
    void aMatterReferredWithItsTopicIsPassedOn() {
        assertMentions("""
                The Comptroller referred the findings on two quarry firms to the District Attorney for review.
                The board referred the complaint against the harbour master to the ethics office.
                The Comptroller said the quarry firms had billed for gravel never delivered.
                """,
                "The Comptroller | the quarry firms had billed for gravel never delivered | said | indirect");
    }
}
