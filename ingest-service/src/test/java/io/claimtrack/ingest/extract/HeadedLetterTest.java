package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, round 52: a letter printed under a heading that names its writer, and the reply under "Reply from
 * X", are each one statement of their writer, from after the salutation to before the sign-off.
 */
class HeadedLetterTest {

    private static final String EXCHANGE = """
            OFFICE OF THE MAYOR OF KESTREL FALLS
            Media release

            The Mayor, Oona Lachaise, has accepted the resignation of the city's chief planner, Bram Edevane.

            Letter from Bram Edevane to the Mayor

            Dear Mayor,

            I am resigning as chief planner at the end of this month.

            The ferry terminal plan is two years late, and that delay happened on my watch.

            Yours sincerely,
            Bram Edevane

            Reply from the Mayor

            Dear Bram,

            Thank you for your note. I accept your decision with real sadness.

            Your work on the riverside parks will outlast us both.

            With best wishes,
            Oona
            """;

    @Test
    void eachLetterUnderAWritersHeadingIsOneStatementOfTheWriter() {
        AnnotatedDocument doc = extract(EXCHANGE);
        assertSpeaker(doc, "I am resigning as chief planner at the end of this month.\n\n"
                + "The ferry terminal plan is two years late, and that delay happened on my watch", "Bram Edevane");
        assertSpeaker(doc, "Thank you for your note. I accept your decision with real sadness.\n\nYour work on the riverside parks will outlast us both",
                "Oona Lachaise");
    }

    @Test
    void aHeadingWithNoSalutationUnderItIsNoLetter() {
        AnnotatedDocument doc = extract("""
                Letter from Bram Edevane to the Mayor

                The letter, seen by this paper, runs to two pages and mentions the ferry terminal only once.
                """);
        for (Attribution a : doc.attributions) {
            assertFalse("Bram Edevane".equals(a.speaker), Pipeline.content(doc, a));
        }
    }

    /**
     * Round 53: a message the narration announces ("The full text of the Governor's message follows.") under a
     * salutation "To the ...:" is one statement of the person its signature names, to before the sign-off.
     */
    @Test
    void anAnnouncedLetterIsOneStatementOfItsSigner() {
        AnnotatedDocument doc = extract("""
                OFFICE OF THE GOVERNOR

                Governor Ruth Okafor today returned House Bill 90 to the House without her signature.

                The full text of the Governor's message follows.

                To the Honourable Members of the House of Representatives:

                I am returning House Bill 90 without my approval.

                I will sign a bill that pays for the freeze.

                Sincerely,
                Ruth Okafor
                Governor

                The Ferry Riders' Union criticized the veto.
                """);
        assertSpeaker(doc, "I am returning House Bill 90 without my approval.\n\nI will sign a bill that pays for the freeze",
                "Ruth Okafor");
    }

    /** A letter announced with "reads:" is its signer's too; the check reads only a paragraph's last words first. */
    @Test
    void aLetterAnnouncedAsReadingIsOneStatementOfItsSigner() {
        AnnotatedDocument doc = extract("""
                OFFICE OF THE WARDEN

                Idris Pellow wrote to the harbour trustees on Friday. His letter reads:

                To the Trustees of Quillan Harbour:

                I cannot approve the new dredging plan this year.

                Respectfully,
                Idris Pellow
                Warden

                The trustees meet again in June.
                """);
        assertSpeaker(doc, "I cannot approve the new dredging plan this year", "Idris Pellow");
    }

    /**
     * Round 58: a reply printed whole after a line that announces it ("follows in full.", "is reproduced below.",
     * "reads as follows:"), with no salutation and no sign-off, signed by a name line over a title line, is one
     * statement of its signer; the report of its surveyors inside stays nested.
     */
    @Test
    void aReplyPrintedInFullAndSignedByANameLineIsOneStatementOfItsSigner() {
        for (String announcement : new String[] {"Its reply, received on 3 May, follows in full.",
                "Its reply, received on 3 May, is reproduced below.", "Its reply, received on 3 May, reads as follows:"}) {
            AnnotatedDocument doc = extract("""
                    HARBOUR LICENSING BOARD OF TELLMOOR

                    Decision notice issued to Quayside Moorings plc

                    1. The Board has suspended the mooring licence of Quayside Moorings plc for the east basin.

                    The Board invited the company to comment on the findings. %s

                    Quayside Moorings values its long partnership with the Board. We accept that two pontoons were unsafe, and both have been closed.

                    We do not accept that the basin was overcrowded. We have offered every berth holder a refund for May.

                    Ilse Marchetti-Vane
                    Chief Executive, Quayside Moorings Ltd.

                    The Board's assessment

                    The Board maintains that the basin held 40 more boats than its licence allows.
                    """.formatted(announcement));
            assertSpeaker(doc, "Quayside Moorings values its long partnership with the Board. We accept that two pontoons were unsafe, "
                    + "and both have been closed.\n\nWe do not accept that the basin was overcrowded. We have offered every berth "
                    + "holder a refund for May", "Ilse Marchetti-Vane");
        }
    }

    /** An announced text with no signature under it (the paragraphs run on to a heading) is no one's letter. */
    @Test
    void anAnnouncedTextWithNoSignatureIsNoLetter() {
        AnnotatedDocument doc = extract("""
                HARBOUR LICENSING BOARD OF TELLMOOR

                The Board's findings are reproduced below.

                Two pontoons were unsafe, and the basin held 40 more boats than its licence allows.

                Ilse Marchetti-Vane, the company's chief executive, said the figures were wrong.

                Next steps

                The Board meets again in June.
                """);
        for (Attribution a : doc.attributions) {
            assertFalse(Pipeline.content(doc, a).startsWith("Two pontoons"), Pipeline.content(doc, a));
        }
    }

    /**
     * Round 61 (the sixtieth conventions bullet): a release headed "Statement from X" and signed by an officer under a
     * dash is X's; its "We" is the body's own voice, no statement of its own.
     */
    @Test
    void aStatementHeadedWithABodySignedByAnOfficerIsTheBodys() {
        AnnotatedDocument doc = extract("""
                Ferry notice: Tallow Marine withdraws two crossings

                The harbour board said on Monday that two evening crossings to Vessey Island would stop for a month.

                Statement from Tallow Marine

                Tallow Marine puts the safety of its passengers first. A fault was found in the steering gear of one vessel. We regret the disruption to islanders.

                \u2014 Orla Penhallow-Reyes, Director of Operations, Tallow Marine Ltd.

                Islanders said the loss of the late boat would hurt shift workers.
                """);
        assertSpeaker(doc, "Tallow Marine puts the safety of its passengers first. A fault was found in the steering gear of one vessel. "
                + "We regret the disruption to islanders", "Tallow Marine Ltd");
        for (Attribution a : doc.attributions) {
            assertFalse(Pipeline.content(doc, a).startsWith("the disruption"), Pipeline.content(doc, a));
        }
    }

    @Test
    void aStatementHeadingWithNoSignatureUnderItsParagraphsIsNoRelease() {
        AnnotatedDocument doc = extract("""
                Statement from Tallow Marine

                The statement, posted late on Monday, ran to three lines and named no vessel.

                Islanders were unimpressed.
                """);
        for (Attribution a : doc.attributions) {
            assertFalse("Tallow Marine".equals(a.speaker), Pipeline.content(doc, a));
        }
    }
}
