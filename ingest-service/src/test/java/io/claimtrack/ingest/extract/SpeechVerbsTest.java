package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * Verbs of saying and thinking beyond the common ones (lexicon {@code cues.txt}): criticism and praise, the
 * manner of speaking, a retort, a speculation, a realisation.
 */
class SpeechVerbsTest {

    @Test
    void criticismAndPraiseReportWhatWasSaid() {
        assertMentions("""
                Councillor Holm lambasted the harbour board for the delays.
                The union bemoaned the loss of the night ferry.
                Mayor Vik applauded the crews for their work in the storm.
                Critics have railed against the toll since May.
                """,
                "Councillor Holm | the harbour board for the delays | lambasted | indirect",
                "The union | the loss of the night ferry | bemoaned | indirect",
                "Mayor Vik | the crews for their work in the storm | applauded | indirect",
                "Critics | the toll since May | railed against | indirect");
    }

    @Test
    void slamDoublesItsConsonantInThePastAndTheGerund() {
        assertMentions("""
                Councillor Holm slammed the toll as a tax on commuters.
                Lund spoke for an hour, slamming the board for its silence.
                The ferry slammed into the pier.
                """,
                "Councillor Holm | the toll as a tax on commuters | slammed | indirect",
                "Lund | the board for its silence | slamming | indirect");
    }

    @Test
    void aReproachReportsWhatWasSaid() {
        assertMentions("""
                The harbour judge chastised the board for the delays.
                Mayor Vik sternly reprimanded the pilots.
                Holm ended by admonishing critics who never ride the ferry.
                """,
                "The harbour judge | the board for the delays | chastised | indirect",
                "Mayor Vik | the pilots | reprimanded | indirect",
                "Holm | critics who never ride the ferry | admonishing | indirect");
    }

    @Test
    void mannerOfSpeakingRetortAndThoughtAreCues() {
        assertMentions("""
                Protesters chanted that the bridge belonged to the town.
                Lund shot back that the board had never asked the crews.
                Analysts speculated that the toll would double.
                Holm realized the ferry would not come.
                """,
                "Protesters | the bridge belonged to the town | chanted | indirect",
                "Lund | the board had never asked the crews | shot back | indirect",
                "Analysts | the toll would double | speculated | indirect",
                "Holm | the ferry would not come | realized | indirect");
    }

    @Test
    void objectionsAndDownplayingReportWhatWasSaid() {
        assertMentions("""
                The union took issue with the new timetable.
                Mayor Vik downplayed the delays at the pier.
                Holm knocked the board for the fare rise.
                """,
                "The union | the new timetable | took issue with | indirect",
                "Mayor Vik | the delays at the pier | downplayed | indirect",
                "Holm | the board for the fare rise | knocked | indirect");
    }

    @Test
    void anAnswerIsACueWhenWhatWasAnsweredIsQuotedNotWhenItIsAnAct() {
        assertMentions("""
                “I would say this,” Holm answered. “We will find a fair system.”
                Asked about the toll, Lund answered, “I have no idea.”
                Vik answered the door and said the pier was closed.
                Berg answered questions from reporters at the pier.
                """,
                "Holm | “I would say this,” | answered | direct",
                "Holm | “We will find a fair system.” |  | direct",
                "Lund | “I have no idea.” | answered | direct",
                "Vik | the pier was closed | said | indirect");
    }

    @Test
    void theBritishSpellingThatDoublesTheLastLIsACueAsTheAmericanIs() {
        assertMentions("""
                The Harbour Bank held its rate but signalled it could start cutting in March.
                Ada Lund has labelled the ferry plan a costly mistake.
                """,
                "The Harbour Bank | it could start cutting in March | signalled | indirect",
                "Ada Lund | the ferry plan a costly mistake | labelled | indirect");
    }

    @Test
    void anAnswerWithAThatClauseIsACueNotWhenThatIsTheObjectsDeterminer() {
        assertMentions("""
                Mr. Holm answered that the ferry fund was empty.
                Asked about the pier, Lund answered in question period that it would stay open.
                Vik answered that question at length.
                """,
                "Mr. Holm | the ferry fund was empty | answered | indirect",
                "Lund | it would stay open | answered | indirect");
    }

    /** Round 50: a position taken in a meeting's debate, "spoke in opposition to" a proposal, is a statement. */
    @Test
    void aPositionSpokenInADebateIsAStatement() {
        assertMentions("""
                Ms. Havel spoke in opposition to the proposed bike lanes on Elm Road.
                Councillor Brant spoke in favour of the new library hours.
                """,
                "Ms. Havel | the proposed bike lanes on Elm Road | spoke in opposition to | indirect",
                "Councillor Brant | the new library hours | spoke in favour of | indirect");
    }

    /** Round 53: a tribunal's "took into account that" gives its reasoning, as "considered that"; with a noun only, none. */
    @Test
    void takingIntoAccountThatIsReasoning() {
        assertMentions("""
                In setting the penalty, the tribunal took into account that the ferry line had paid every passenger back.
                The tribunal took into account the ferry line's record and the length of the delays.
                """,
                "the tribunal | the ferry line had paid every passenger back | took into account | indirect");
    }
}
