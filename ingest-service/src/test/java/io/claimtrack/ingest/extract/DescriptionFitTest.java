package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Round 52 (issue 10): which words of a title say whose office it is, and which are the office's own. */
class DescriptionFitTest {

    private final DescriptionFit fit = new DescriptionFit(Lexicon.get());

    /**
     * "Trust's chief operating officer says ..." over "Chief Operating Officer Mara Quist said": a title's capitalised
     * word ("Operating") that the description writes in lower case is the office's, not whose office it is.
     */
    @Test
    void aTitlesFieldWordTheDescriptionWritesInLowerCaseIsNoQualifier() {
        assertFalse(fit.qualifiersClash("Trust's chief operating officer", "Chief Operating Officer"));
        assertTrue(fit.qualifiersClash("the Ostrava governor", "Calder Governor"));
        AnnotatedDocument doc = extract("""
                Halden Rail Trust Reports Loss on Freight Arm

                - Trust's chief operating officer says freight cuts will end this winter
                - Drivers' union seeks talks on jobs

                (Reuters) -- The Halden Rail Trust lost 45 million crowns in the first half, the trust said on Wednesday.

                "We have closed the yards we needed to close," Chief Operating Officer Mara Quist said in an interview. \
                "The worst of it is done."

                The Halden Train Drivers' Union said it wanted talks on the jobs that would go.
                """);
        assertSpeaker(doc, "freight cuts will end this winter", "Mara Quist");
    }

    /**
     * "the country's central bank chief" over "Central bank Governor X": "bank" names the field of the office, as
     * "defence" does for "the defence chief" and "Defence Minister X".
     */
    @Test
    void aBankChiefIsTheBanksGovernor() {
        assertTrue(fit.fits("chief", "the central bank chief", "central bank governor"));
        AnnotatedDocument doc = extract("""
                Pellish mark slips

                ORSK, Feb 11 (Halyard) - Pellmark's currency fell on Wednesday after the country's central bank chief \
                said rates would stay on hold until June.

                Central bank Governor Tomas Ekberg-Asante told lawmakers that prices were "cooling slowly".
                """);
        assertSpeaker(doc, "rates would stay on hold until June", "Tomas Ekberg-Asante");
    }

    /** "the lottery said" is no "Lottery Board Chairman": a word for no person before the title names whose office it is. */
    @Test
    void aBodysWordBeforeTheTitleIsNotTheDescriptionsHead() {
        assertFalse(fit.fits("lottery", "the lottery", "lottery board chairman"));
        assertTrue(fit.fits("chairman", "the chairman", "lottery board chairman"));
        assertTrue(fit.fits("epidemiologist", "the chief epidemiologist", "chief epidemiologist of the ministry of health"));
        AnnotatedDocument doc = extract("""
                Lottery asks winners to return money

                By Ruth Ames

                The Tessby State Lottery paid out $2 million in error last week after a software fault.

                Lottery Board Chairman Henrik Dahl said the board would meet on Friday to decide whether to sue the \
                software vendor.

                "Nobody wants to chase players," Dahl said.

                The Tessby State Lottery sold $800 million in tickets last year.

                About 25 players had paid the money back by Tuesday, the lottery said.
                """);
        assertSpeaker(doc, "About 25 players had paid the money back by Tuesday", "Tessby State Lottery");
    }

    /**
     * Round 57 (leftover): "the forestry minister of Orlavia" asked about in a press conference is no "Prime Minister"
     * answering: a portfolio named before "minister" is a field, and the prime minister's office is another.
     */
    @Test
    void aPortfolioMinisterIsNotThePrimeMinister() {
        assertTrue(fit.qualifiersClash("the forestry minister", "Prime Minister"));
        assertFalse(fit.qualifiersClash("the housing minister", "Minister of Housing and Planning"));
        AnnotatedDocument doc = extract("""
                Office of the Prime Minister of Vellmark

                Transcript: Joint press conference of Prime Minister Anja Stromfeld-Okoro and President Luca \
                Benedetti-Rahm of the Republic of Orlavia
                State House, Karsby, 4 April 2039

                PRIME MINISTER STROMFELD-OKORO: Welcome to Karsby, Mr President. We have agreed today on a rail link.

                QUESTION (Tove Lindqvist-Amara, VTV): A question for both of you. The forestry minister of Orlavia said \
                on Monday that Vellmark loggers were stripping the border woods. Is there a dispute?

                PRIME MINISTER STROMFELD-OKORO: There is a disagreement about numbers, not a dispute.
                """);
        assertSpeaker(doc, "Vellmark loggers were stripping the border woods", "The forestry minister of Orlavia");
        assertSpeaker(doc, "There is a disagreement about numbers, not a dispute", "Anja Stromfeld-Okoro");
    }

    /**
     * Round 54 (perf): the head word is kept for the last description asked, and a description that names no place,
     * body or field clashes with no role, whatever the role names, without reading the role.
     */
    @Test
    void headWordsAskedInTurnAreEachTheirOwnAndAnUnqualifiedDescriptionClashesWithNoRole() {
        assertEquals("envoy", DescriptionHeads.headWord("the special envoy for the Tarn valley"));
        assertEquals("spokeswoman", DescriptionHeads.headWord("the harbour board's spokeswoman"));
        assertEquals("envoy", DescriptionHeads.headWord("the special envoy for the Tarn valley"));
        assertEquals("head of state", DescriptionHeads.headWord("the head of state"));
        assertFalse(fit.qualifiersClash("the spokeswoman", "Vessby Harbour Board Spokeswoman"));
        assertTrue(fit.qualifiersClash("the Vessby mayor", "Orlen Mayor"));
    }

    /**
     * Round 60: "The union head" after "union President X": a body's "head" is its president or chair when the
     * description names the same body; a head of another body is not.
     */
    @Test
    void aBodysHeadIsItsPresidentOrChair() {
        assertTrue(fit.fits("head", "The union head", "union president"));
        assertFalse(fit.fits("head", "The league head", "union president"));
        AnnotatedDocument doc = extract("""
                HARBOR CITY, May 3 (Tessel) - Dock workers at Harbor City walked out on Monday over crane safety, union \
                President Oskar Vell-Amadi told reporters outside the port.

                "We gave them a year," Vell-Amadi said.

                The union head stressed that no member would cross the line. "This is about safety," he added.
                """);
        assertSpeaker(doc, "no member would cross the line", "Oskar Vell-Amadi");
        assertSpeaker(doc, "\"This is about safety,\"", "Oskar Vell-Amadi");
    }
}
