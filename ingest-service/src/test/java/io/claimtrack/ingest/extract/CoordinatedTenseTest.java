package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * A verb after "and" with the form of a verb inside the reported clause, not of the subject's own verb, belongs to
 * that clause ({@link CoordinatedTense}); one with the subject's form is the subject's second statement.
 */
class CoordinatedTenseTest {

    @Test
    void aVerbWithTheFormOfTheClauseInsideStaysInTheContent() {
        assertMentions("""
                Harbour police say the skipper ignored the buoys and refused to turn back.
                Councillor Holm believes the board needs to listen to pilots and support the ferry.
                Mayor Vik asked the pilots to slow down and warn the ferry.
                """,
                "Harbour police | the skipper ignored the buoys and refused to turn back | say | indirect",
                "Councillor Holm | the board needs to listen to pilots and support the ferry | believes | indirect",
                "Mayor Vik | the pilots to slow down and warn the ferry | asked | indirect");
    }

    @Test
    void aVerbWithTheSubjectsFormIsASecondStatement() {
        assertMentions("""
                Mayor Vik visited the pier on Monday and says the repairs are finished.
                Councillor Holm describes herself as cautious and has said the levy will go.
                Harbour police say the skipper is safe and insist that the pier stays shut.
                """,
                "Mayor Vik | the repairs are finished | says | indirect",
                "Councillor Holm | herself as cautious | describes | indirect",
                "Councillor Holm | the levy will go | said | indirect",
                "Harbour police | the skipper is safe | say | indirect",
                "Harbour police | the pier stays shut | insist | indirect");
    }

    @Test
    void aContractedWouldOrWillIsTheClausesModal() {
        assertMentions("""
                Captain Ruud says he’d sit the harbour master down and tell him the buoys are wrong.
                Councillor Holm says she'll meet the pilots and warn them about the fog.
                """,
                "Captain Ruud | he’d sit the harbour master down and tell him the buoys are wrong | says | indirect",
                "Councillor Holm | she'll meet the pilots and warn them about the fog | says | indirect");
    }

    @Test
    void aContractedHadBeforeAPastIsNoModal() {
        assertMentions("""
                Councillor Holm says she'd toured the pier and warned the pilots.
                Captain Ruud says he’ll inspect the hull and warns that the pier is shut.
                """,
                "Councillor Holm | she'd toured the pier and warned the pilots | says | indirect",
                "Captain Ruud | he’ll inspect the hull | says | indirect",
                "Captain Ruud | the pier is shut | warns | indirect");
    }

    @Test
    void aShiftedWouldAfterAPastClauseStaysInTheContent() {
        assertMentions("""
                The ferry company said it was short of pilots and would hire three from the navy.
                The ferry company said it was short of pilots and asked the navy for three.
                """,
                "The ferry company | it was short of pilots and would hire three from the navy | said | indirect",
                "The ferry company | it was short of pilots | said | indirect",
                "The ferry company | the navy for three | asked | indirect");
    }

    @Test
    void aHadAfterAPlainPastGoesOnWithTheHadInside() {
        assertMentions("""
                The skipper's lawyer, Ann Berg, asked for a fine, noting that her client had kept a clean log, had paid the harbour dues and had pleaded guilty.
                Councillor Holm urged a repair and had warned the council that the pier was cracked.
                """,
                "The skipper's lawyer, Ann Berg | a fine, noting that her client had kept a clean log, had paid the harbour dues and had pleaded guilty | asked | indirect",
                "Councillor Holm | a repair | urged | indirect",
                "Councillor Holm | the pier was cracked | warned | indirect");
    }

    /** Round 51: after "said" and its clause, "and had asked" goes on inside the clause, no act of the sayer's. */
    @Test
    void aHadAfterASaidClauseGoesOnInsideIt() {
        assertMentions("""
                The transport ministry said it would audit the depot and had asked the operator to report by May.
                The water board said in a statement that the chair "regrets the delay" and had asked the contractor to publish a timetable.
                """,
                "The transport ministry | it would audit the depot and had asked the operator to report by May | said | indirect",
                "The water board | the chair \"regrets the delay\" and had asked the contractor to publish a timetable | said | mixed");
    }

    /** Round 57: a clause in the past after "said" ("it was ...") takes the "and had ..." as the clause's, as "would" does. */
    @Test
    void aHadAfterASaidClauseInThePastGoesOnInsideIt() {
        assertMentions("""
                The county roads office, which pays for the crossing, said it was "weighing every option" and had asked the ferry line for a winter plan.
                """,
                "The county roads office | it was \"weighing every option\" and had asked the ferry line for a winter plan | said | mixed");
    }
}
