package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 44: a written answer under "Answered by <office> (<title> <name>) on <date>:" is one statement of the
 * person in brackets, cue "Answered", over all its paragraphs up to the next question; the sentences inside it are no
 * statements of their own, and a referral to an earlier answer says nothing.
 */
class WrittenAnswersTest {

    private static final String PAGE = """
            Written answers to questions, week of 12 March 2034

            Harbour dredging
            Question 2201/34, tabled 2 March 2034

            Mr Jon Arvik (Coastal Party) asked the Minister of Fisheries when dredging of the outer channel at \
            Brennsund will be completed.

            Answered by the Minister of State for Fisheries (Mr Leif Sandal) on 12 March 2034:

            Dredging of the outer channel began in January and is two-thirds complete. The contractor expects to \
            finish by the end of April.

            Our records show that traffic through the channel has not been interrupted. The Ministry has asked the \
            harbour board to publish weekly progress reports.

            Mrs Ada Lunde (Greens) asked the Minister of Fisheries whether the channel will be dredged again next year.

            Answered by the Minister of State for Fisheries (Mr Leif Sandal) on 12 March 2034:
            I refer the honourable Member to my answer of 1 March 2034 to Question 2102/34.

            School meals
            Question 2215/34, tabled 5 March 2034

            Mrs Ada Lunde (Greens) asked the Minister of Education how many schools offer free lunches.

            Answered by the Minister of Education (Ms Hanne Riis) on 13 March 2034:
            Free lunches are offered in 412 schools this year. We intend to extend the scheme to every primary school \
            by 2036.
            """;

    @Test
    void aWrittenAnswerIsOneStatementOverItsParagraphs() {
        AnnotatedDocument doc = extract(PAGE);
        String answer = "Dredging of the outer channel began in January and is two-thirds complete. The contractor expects to "
                + "finish by the end of April.\n\nOur records show that traffic through the channel has not been interrupted. "
                + "The Ministry has asked the harbour board to publish weekly progress reports";
        assertSpeaker(doc, answer, "Leif Sandal");
        assertEquals("Answered", statement(doc, answer).cue);
        // An answer on the label's next line.
        assertSpeaker(doc, "Free lunches are offered in 412 schools this year. We intend to extend the scheme to every "
                + "primary school by 2036", "Hanne Riis");
    }

    @Test
    void sentencesInsideTheAnswerAndAReferralAreNoStatements() {
        List<String> contents = Pipeline.contents(extract(PAGE));
        assertTrue(contents.stream().noneMatch(c -> c.startsWith("traffic") || c.contains("I refer")), contents::toString);
    }

    @Test
    void aLabelWithNoPersonInBracketsIsNoAnswer() {
        List<String> contents = Pipeline.contents(extract("""
                Hotline log

                Answered by telephone (line 112) on 3 March: 40 calls were logged before noon.

                Venue: Harbour Hall, Brennsund.

                Note: The log is published every Monday.
                """));
        assertTrue(contents.isEmpty(), contents::toString);
    }
}
