package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceStageTest {

    private static AnnotatedDocument sentences(String text) {
        return Pipeline.through(SentenceStage.class, text);
    }

    private static List<String> sentenceTexts(AnnotatedDocument doc) {
        List<String> out = new ArrayList<>();
        for (Sentence s : doc.sentences) {
            out.add(doc.text(s.start(), s.end()));
        }
        return out;
    }

    private static List<String> tokenTexts(AnnotatedDocument doc) {
        List<String> out = new ArrayList<>();
        for (Token t : doc.tokens) {
            out.add(t.text() + ":" + t.type());
        }
        return out;
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNotEndASentence() {
        AnnotatedDocument doc = sentences(
                "Dr. Ada Lim met U.S. envoy J. R. Holt in St. Paul on Jan. 5. They talked for 3.5 hours.");

        assertEquals(List.of("Dr. Ada Lim met U.S. envoy J. R. Holt in St. Paul on Jan. 5.",
                "They talked for 3.5 hours."), sentenceTexts(doc));
    }

    /** Round 61: a company's suffix ends its sentence before a new subject and its verb, not before a title or a day. */
    @Test
    void aCompanysSuffixEndsTheSentenceBeforeANewSubjectAndItsVerb() {
        AnnotatedDocument doc = sentences("The board gave the dredging job to Quarrow Marine Ltd. Okonkwo-Reyes voted "
                + "against. Halvard Steel Corp. Chief Executive Ida Brandt said on Monday that Fenmark Inc. Tuesday "
                + "signed with Osk Co. Ltd. again.");

        assertEquals(List.of("The board gave the dredging job to Quarrow Marine Ltd.", "Okonkwo-Reyes voted against.",
                "Halvard Steel Corp. Chief Executive Ida Brandt said on Monday that Fenmark Inc. Tuesday signed with Osk Co. "
                        + "Ltd. again."), sentenceTexts(doc));
    }

    /** Round 61: a police transcript's abbreviated ranks ("INSP.", "Supt.", "Cpl.", "Det.", "DEP.") end no sentence. */
    @Test
    void aPoliceRankAbbreviationEndsNoSentence() {
        AnnotatedDocument doc = sentences("INSP. HALVORSEN-TEO: Supt. Mira Dahl and Cpl. Ben Aro went in. Det. Ulla Brin and DEP. CHIEF ODEGAARD stayed.");
        assertEquals(List.of("INSP. HALVORSEN-TEO: Supt. Mira Dahl and Cpl. Ben Aro went in.",
                "Det. Ulla Brin and DEP. CHIEF ODEGAARD stayed."), sentenceTexts(doc));
    }

    @Test
    void closingQuoteStaysWithItsSentenceAndAnOpeningQuoteStartsOne() {
        AnnotatedDocument doc = sentences("He said: \"Enough.\" Then he left! Was it over? “Yes.”");

        assertEquals(List.of("He said: \"Enough.\"", "Then he left!", "Was it over?", "“Yes.”"), sentenceTexts(doc));
    }

    @Test
    void sentencesGluedAtTheirPeriodAreSplit() {
        AnnotatedDocument doc = sentences("The harbour board met on Monday.The vote was close, Holm said.He said the pier would stay.");

        assertEquals(List.of("The harbour board met on Monday.", "The vote was close, Holm said.", "He said the pier would stay."),
                sentenceTexts(doc));
    }

    @Test
    void aGluedPeriodInAnAbbreviationAddressOrInitialismIsNoBoundary() {
        String text = "Mr.Vik read news.Harbour.example, wrote to ada.Berg@port.example and met U.S.Navy staff on Monday.";

        assertEquals(List.of(text), sentenceTexts(sentences(text)));
    }

    @Test
    void ofTwoMarksGluedAfterAStopTheSecondOpensTheNextQuotation() {
        AnnotatedDocument doc = sentences("\"The pier stays.\"\"We will build two more,\" Holm said. “It's 'done.'” Berg left.");

        assertEquals(List.of("\"The pier stays.\"", "\"We will build two more,\" Holm said.", "“It's 'done.'”", "Berg left."),
                sentenceTexts(doc));
    }

    @Test
    void lowerCaseAfterAStopDoesNotStartANewSentence() {
        assertEquals(List.of("The vote ended 12 vs. 9 in the end."), sentenceTexts(sentences("The vote ended 12 vs. 9 in the end.")));
    }

    @Test
    void tokensKeepContractionsAbbreviationsAndNumbersWhole() {
        AnnotatedDocument doc = sentences("‘We won’t pay 1,200 U.S. dollars,’ she said.");

        assertEquals(List.of("‘:QUOTE", "We:WORD", "won’t:WORD", "pay:WORD", "1,200:NUMBER", "U.S:WORD", ".:PUNCT",
                "dollars:WORD", ",:PUNCT", "’:QUOTE", "she:WORD", "said:WORD", ".:PUNCT"), tokenTexts(doc));
        Token wont = doc.tokens.get(2);
        assertEquals("won’t", doc.text(wont.start(), wont.end()));
    }

    @Test
    void aSlashBetweenDigitsKeepsTheNumberWhole() {
        AnnotatedDocument doc = sentences("The 9/11 widow, open 24/7 since 11/8/2016, said no/yes.");

        assertEquals(List.of("The:WORD", "9/11:NUMBER", "widow:WORD", ",:PUNCT", "open:WORD", "24/7:NUMBER", "since:WORD",
                "11/8/2016:NUMBER", ",:PUNCT", "said:WORD", "no:WORD", "/:PUNCT", "yes:WORD", ".:PUNCT"), tokenTexts(doc));
    }

    @Test
    void sentencesNeverCrossBlocksAndNoiseIsNotTokenized() {
        AnnotatedDocument doc = sentences("""
                Strike ends
                {{share_buttons}}
                Workers returned. Trains ran
                on time.
                """);

        assertEquals(List.of("Strike ends", "Workers returned.", "Trains ran", "on time."), sentenceTexts(doc));
        assertEquals(List.of(0, 2, 2, 3), doc.sentences.stream().map(Sentence::block).toList());
        assertEquals(0, doc.tokens.stream().filter(t -> t.text().contains("share")).count());
    }

    @Test
    void newsAbbreviationsAndDottedInitialismsKeepTheSentenceWhole() {
        AnnotatedDocument doc = sentences("Ms. May said on Aug. 29 that H.R. 2 and the U.S.-led plan by J.K. Ruiz cost "
                + "2.5 percent more. Voting ends at 6 p.m. Polls open again on Monday.");

        assertEquals(List.of("Ms. May said on Aug. 29 that H.R. 2 and the U.S.-led plan by J.K. Ruiz cost 2.5 percent more.",
                "Voting ends at 6 p.m.", "Polls open again on Monday."), sentenceTexts(doc));
    }

    @Test
    void aClockTimeBeforeADayOrAZoneEndsNoSentence() {
        AnnotatedDocument doc = sentences("The ferry left at 6:15 a.m. Tuesday and docked at 9 p.m. EST on the island. "
                + "It sails again at 7 a.m. Pacific time. Voting ends at 6 p.m. Polls close at 8 p.m.");

        assertEquals(List.of("The ferry left at 6:15 a.m. Tuesday and docked at 9 p.m. EST on the island.",
                "It sails again at 7 a.m. Pacific time.", "Voting ends at 6 p.m.", "Polls close at 8 p.m."), sentenceTexts(doc));
    }

    @Test
    void aTokenIsFoundByOffsetTheSameWayOnceTheTokensAreDone() {
        String text = "  Mira Okafor said: “Ferries   run late.”\n\nThe harbour board disagreed. ";
        AnnotatedDocument doc = sentences(text);
        AnnotatedDocument growing = new AnnotatedDocument(text, null);
        growing.tokens.addAll(doc.tokens);

        // Each offset, before the first token, between tokens, on one, and past the text's end.
        for (int offset = -3; offset <= text.length() + 3; offset++) {
            int expected = 0;
            while (expected < doc.tokens.size() && doc.tokens.get(expected).start() < offset) {
                expected++;
            }
            assertEquals(expected, doc.tokenAtOrAfter(offset), "offset " + offset);
            assertEquals(expected, growing.tokenAtOrAfter(offset), "offset " + offset + " before the tokens are done");
        }
        assertEquals(2, doc.tokenAtOrAfter(text.indexOf("said") - 1));
    }
}
