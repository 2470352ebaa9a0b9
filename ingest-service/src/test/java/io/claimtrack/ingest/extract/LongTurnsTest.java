package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, round 45: a labelled speech or answer runs to the next label, a stage note or the end of the text
 * when its paragraphs keep the speaker's voice; a label may carry a role in lower case between the name and a
 * decoration.
 */
class LongTurnsTest {

    private static final String GALA = """
            Honours for the lifeboat crews

            Queen Maren Osk gave the coastal honours at the harbour hall on Friday evening.

            Queen of Sudmark Maren Osk: Good evening, dear friends!

            This winter we watched the storms from our windows, and you went out into them. I have read every report of your rescues.

            Twelve boats went out on the night of the big storm, and every one came back. We owe that to your training and to nothing else.

            I thank you, and I wish you a calm sea in the year ahead.

            (The Queen then gave the honours.)

            Per Dalen, skipper of the lifeboat at Norvik harbour, Cross of the Sea: Your Majesty, thank you. Our crew has eleven volunteers, and none of them has missed a call this year.

            Lina Tamm, nurse at the Norvik clinic, Medal for Service in Health: I accept this for every nurse who stayed on the island through the storms.

            Venue: Harbour Hall, Norvik.

            Note: The speeches are given in full.
            """;

    private static final String COMMENT = """
            Statement of the Spokesperson of the Ministry of Trade, Ilse Moor, on a question about the grain convoy

            Question: The convoy has been held at the border for a week. What is the Ministry doing?

            Answer: We consider the holding of the convoy a breach of the transit agreement. The papers of every lorry were checked twice before it left.

            Our ambassador raised the matter with the neighbouring ministry on Monday, and we have received a promise of an answer by Friday.

            The drivers are safe. We are in daily contact with their employers and we keep their families informed.

            We have also asked the customs service to open a second lane for food lorries from next week.

            This is the fourth delay this year. We will raise it at the next meeting of the transit commission.

            We call on the other side to let the convoy pass without further delay.
            """;

    private static final String NARRATED = """
            The harbour hearing

            HOLM: We have closed the pier because the piles are rotten. I signed the order myself.

            The hearing then moved to the budget. Councillors spent an hour on the cost of the new ferry.

            Several of them questioned the figures. The finance office said the estimate would be revised.

            Holm left before the vote. A reporter asked her about the pier on the way out.

            The council adjourned at nine, and the vote was put off to next month.

            BERG: The vote will be held in June.
            """;

    @Test
    void aSpeechRunsOverItsParagraphsToTheStageNote() {
        AnnotatedDocument gala = extract(GALA);
        Attribution speech = containing(gala, "This winter we watched the storms from our windows");
        assertEquals("Maren Osk", speech.speaker);
        assertEquals(1, Pipeline.contents(gala).stream().filter(c -> c.contains("Twelve boats went out")).count());
        assertFalse(Pipeline.contents(gala).stream().anyMatch(c -> c.contains("gave the honours")));
    }

    @Test
    void aLongAnswerRunsToTheEndOfTheText() {
        AnnotatedDocument comment = extract(COMMENT);
        Attribution answer = containing(comment, "We consider the holding of the convoy a breach of the transit agreement");
        assertEquals("Ilse Moor", answer.speaker);
        String content = Pipeline.content(comment, answer);
        assertEquals(true, content.endsWith("let the convoy pass without further delay"), content);
        // The sentences inside the answer are the answer's, not statements of their own.
        assertFalse(Pipeline.contents(comment).stream().anyMatch(c -> c.startsWith("the other side to let")));
    }

    /**
     * Round 47 (set AN's an08): a paragraph of the answer in its speaker's voice may say only "our" ("both our
     * governments"); the answer runs over it to the next question. Its own "We call on" is the answer's.
     */
    @Test
    void anAnswerRunsOverAParagraphWhoseOnlyVoiceIsOur() {
        AnnotatedDocument doc = extract("""
                Answer of the Spokesperson of the Ministry of Water of Dunmark, Sara Lek, to a media question

                Question: Upstream farms have begun to draw more water from the Oster. How does Dunmark view this?

                Answer: We have followed the reports from the upstream valleys with concern since the spring.

                The Oster is not a canal of one country. Under the river treaty that both our governments signed, a new intake must be announced to the other side.

                Our engineers expect that the summer flow at the border could fall by a fifth. The fish farms of the lower valley would feel that first.

                We call on the upstream authorities to share their intake figures before the summer.

                Question: Will Dunmark go to court?

                Answer: No such step is planned at this stage.
                """);
        Attribution answer = containing(doc, "We have followed the reports from the upstream valleys");
        assertEquals("Sara Lek", answer.speaker);
        String content = Pipeline.content(doc, answer);
        assertEquals(true, content.endsWith("share their intake figures before the summer"), content);
        assertFalse(Pipeline.contents(doc).stream().anyMatch(c -> c.startsWith("the upstream authorities to share")),
                Pipeline.contents(doc).toString());
    }

    @Test
    void theWritersNarrationBetweenTwoTurnsIsNotTheTurn() {
        AnnotatedDocument narrated = extract(NARRATED);
        Attribution turn = containing(narrated, "We have closed the pier because the piles are rotten");
        assertFalse(Pipeline.content(narrated, turn).contains("budget"));
        assertSpeaker(narrated, "The vote will be held in June", "BERG");
    }

    @Test
    void aRoleInLowerCaseBetweenTheNameAndADecorationLabelsTheTurn() {
        AnnotatedDocument gala = extract(GALA);
        assertEquals("Per Dalen", containing(gala, "Our crew has eleven volunteers").speaker);
        assertSpeaker(gala, "I accept this for every nurse who stayed on the island through the storms", "Lina Tamm");
        List<String> contents = Pipeline.contents(gala);
        assertFalse(contents.stream().anyMatch(c -> c.contains("Harbour Hall") || c.contains("given in full")), contents.toString());
    }

    @Test
    void aSentenceWithARoleAndAVerbBeforeItsColonIsNoLabel() {
        AnnotatedDocument doc = extract("""
                Ferry talks

                Per Dalen, skipper of the Norvik lifeboat, had one demand for the council on Monday: a new slipway before winter.
                """);
        assertFalse(doc.attributions.stream().anyMatch(a -> ":".equals(a.cue)), Pipeline.statements(doc).toString());
    }

    @Test
    void aCallersGrievanceThatEndsInAQuestionIsNoStatement() {
        AnnotatedDocument call = extract("""
                Phone-in with the Governor

                Governor Lars Brekke answered listeners' questions on regional radio on Thursday.

                Host: The lines are open.

                Karin, Vestby: The school bus has not come to our farm road since October. My children walk four kilometres. Who will fix this?

                Governor: Karin, the road was closed for repairs, and the bus returns on Monday.

                Anna, Nordli: The new bridge at Nordli is the best thing the county has built in years.

                Governor: I will ask Eva Lind, who runs the county's school transport, to answer that.

                Governor: I will ask the Director of Roads for the county to answer this.

                Governor: Ada Berg at the county office could not answer that.
                """);
        // Handing the question to a named person says nothing; reporting that someone could not answer does.
        assertFalse(Pipeline.contents(call).stream().anyMatch(c -> c.contains("who runs the county's school transport")));
        assertFalse(Pipeline.contents(call).stream().anyMatch(c -> c.contains("Director of Roads")));
        assertSpeaker(call, "Ada Berg at the county office could not answer that", "Lars Brekke");
        assertFalse(Pipeline.contents(call).stream().anyMatch(c -> c.contains("school bus")), Pipeline.contents(call).toString());
        assertSpeaker(call, "the road was closed for repairs, and the bus returns on Monday", "Lars Brekke");
        assertSpeaker(call, "The new bridge at Nordli is the best thing the county has built in years", "Anna");
    }

    private static Attribution containing(AnnotatedDocument doc, String words) {
        return doc.attributions.stream().filter(a -> Pipeline.content(doc, a).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with [" + words + "] in " + Pipeline.contents(doc)));
    }
}
