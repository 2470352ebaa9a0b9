package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "In a CBS poll released Monday, Y": a fronted poll or survey is the source of the clause after its comma. */
class PollFrameTest {

    @Test
    void aFrontedPollIsTheSourceOfTheClauseAfterItsComma() {
        assertMentions("""
                In a Gazette poll released on Monday, 50 percent of riders chose the old timetable.
                In the latest surveys, Holm leads Lund by four points.
                In an early-October Herald poll, she led the councillor 56 percent to 32 percent.
                """,
                "a Gazette poll | 50 percent of riders chose the old timetable | In | indirect",
                "the latest surveys | Holm leads Lund by four points | In | indirect",
                "an early-October Herald poll | she led the councillor 56 percent to 32 percent | In | indirect");
    }

    @Test
    void anotherPhraseOrNoClauseIsNoPollFrame() {
        assertMentions("""
                In a memo sent as polls closed, the campaign manager booked a hall for Friday.
                Holm leads in the polls, anyway.
                In the polls, anyway.
                In Dalby, the ferry runs twice a day.
                """);
    }

    @Test
    void respondentsWhoSpeakKeepTheStatement() {
        assertMentions("In a Gazette poll released on Monday, 40 percent of riders said the fares are too high.",
                "40 percent of riders | the fares are too high | said | indirect");
    }

    @Test
    void aPollNamedByThisIsTheSourceToo() {
        assertMentions("In this poll, Lund rose one point since the debate while Berg fell by the same margin.",
                "this poll | Lund rose one point since the debate while Berg fell by the same margin | In | indirect");
    }
}
