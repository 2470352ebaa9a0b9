package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Capitalised non-names and descriptions of someone else's office are no speaker (issue 10, class 3). */
class WrongEntityTest {

    private static String speakerOf(String text, String content) {
        return statement(Pipeline.through(ResolutionStage.class, text), content).speaker;
    }

    @Test
    void wordCapitalisedOnlyAtTheSentenceStartIsNoName() {
        assertMentions("""
                Flood warnings in the valley are rising, the agency said.
                The flood risk is high.
                Flood warnings were issued, Mayor Ilse Berg said.
                """,
                "the agency | Flood warnings in the valley are rising | said | indirect",
                "Mayor Ilse Berg | Flood warnings were issued | said | indirect");
        // Written capitalised inside a sentence too: a name.
        assertMentions("Brandt said taxes would fall. Mayor Lena Brandt spoke on Monday.\n",
                "Brandt | taxes would fall | said | indirect");
    }

    @Test
    void aDayOrMonthIsNoSpeakerAndHereOpensNoName() {
        assertMentions("""
                Wednesday added one more twist to the story.
                Here is what the mayor said.
                """);
        assertEquals(List.of(), Pipeline.through(MentionStage.class, "Here is the transcript.").names);
        // A month that is also a first name may still be someone: "June said".
        assertMentions("June said the ferry was late.", "June | the ferry was late | said | indirect");
    }

    @Test
    void topicAndLabelBeforeAColonIsNoSpeaker() {
        assertMentions("MARKETS WATCH: Bond yields will climb, says economist\n",
                "economist | MARKETS WATCH: Bond yields will climb | says | indirect");
    }

    @Test
    void descriptionOfAnotherCountrysOfficeIsNotLinked() {
        assertEquals("The President of France", speakerOf("""
                Brazilian President Rui Costa arrived in Paris on Monday.
                The talks lasted an hour. The President of France said the deal was close.
                """, "the deal was close"));
        assertEquals("Rui Costa", speakerOf("""
                Brazilian President Rui Costa arrived in Paris on Monday.
                The talks lasted an hour. The Brazilian president said the deal was close.
                """, "the deal was close"));
    }
    @Test
    void openingAdverbialOrDatelineIsNoSubject() {
        String story = """
                WASHINGTON — Sen. Ruth Gale defended the wage bill, saying the gains would outweigh the costs.
                Later in the day, she attacked the housing plan, arguing that rents would rise.
                Speaking at a rally in Dayton, Gale went after the governor, arguing that he had abandoned renters.
                Asked about the vote, Gale shook her head and said the bill would pass.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("Ruth Gale", statement(doc, "the gains would outweigh the costs").speaker);
        assertEquals("Ruth Gale", statement(doc, "rents would rise").speaker);
        assertEquals("Ruth Gale", statement(doc, "he had abandoned renters").speaker);
        assertEquals("Ruth Gale", statement(doc, "the bill would pass").speaker);
    }

    @Test
    void placeAfterAPlaceClosesTheOpeningAdverbial() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Speaking at a town hall in Salem, New Hampshire, Senator Ruth Gale went after the governor, calling \
                him a fraud.
                Instead, the senator dismissed the poll, saying the race was close.
                """);
        assertEquals("Ruth Gale", statement(doc, "him a fraud").speaker);
        assertEquals("the senator", statement(doc, "the race was close").mention.text());
    }

    @Test
    void possessorIsNoSubjectForAPronoun() {
        assertEquals("Ruth Gale", speakerOf("""
                Senator Ruth Gale spoke first. Maria Ortiz's lawyer, Tom Ruiz, spoke next. She said the vote was rigged.
                """, "the vote was rigged"));
    }

    @Test
    void capitalisedModalInsideANameIsPartOfIt() {
        assertMentions("Ms. May said on Tuesday that the deal was the best available.\n",
                "Ms. May | the deal was the best available | said | indirect");
        assertMentions("Prime Minister Theresa May said the deal was fine.\n",
                "Prime Minister Theresa May | the deal was fine | said | indirect");
    }
}
