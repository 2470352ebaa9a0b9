package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A court's justice is a judge: "Superior Court Justice Miriam Osei" is a person with a title ("court justice" is one
 * role-titles.txt lists), whom "the judge" and a headline's "Judge says" stand for; "the Ministry of Justice" is still a
 * body, and a justice minister no judge. "Justice of the Peace Gordon Hale" is titled as "Judge Gordon Hale" is, and
 * "The Crown" in prose is the prosecutor the story titles so, as a headline's "Crown says" is.
 */
class CourtTitlesTest {

    @Test
    void theJudgeIsTheCourtJustice() {
        AnnotatedDocument doc = extract("""
                Judge says fraud was 'a habit'

                In passing sentence, Superior Court Justice Miriam Osei said the accused had lied to his own family.

                "It was not a lapse. It was a habit," the judge said.
                """);
        assertSpeaker(doc, "the accused had lied to his own family", "Miriam Osei");
        assertSpeaker(doc, "\"It was not a lapse. It was a habit,\"", "Miriam Osei");
        assertSpeaker(doc, "fraud was 'a habit'", "Miriam Osei");
    }

    @Test
    void aMinistryOfJusticeIsABody() {
        AnnotatedDocument doc = extract("""
                The Ministry of Justice said the prison would close. The Halden Centre for Justice said it would sue.
                """);
        assertSpeaker(doc, "the prison would close", "Ministry of Justice");
        assertSpeaker(doc, "it would sue", "Halden Centre for Justice");
    }

    @Test
    void aJusticeMinisterIsNoJudge() {
        AnnotatedDocument doc = extract("""
                Justice Minister Pavel Orlin said the courts needed more staff.

                "Cases wait too long," the judge said.
                """);
        assertSpeaker(doc, "\"Cases wait too long,\"", "the judge");
    }

    @Test
    void aJusticeOfThePeaceIsTitledAndTheCrownIsItsProsecutor() {
        AnnotatedDocument doc = extract("""
                Crown prosecutor Nadia Ferris told the court that Olsen had forged the ferry invoices.

                Defence lawyer Tom Reilly asked that his client be released to his sister. The Crown opposed the request.

                Justice of the Peace Gordon Hale refused it. He said the risk that Olsen would leave was too high.
                """);
        assertSpeaker(doc, "the request", "Nadia Ferris");
        assertSpeaker(doc, "the risk that Olsen would leave was too high", "Gordon Hale");
    }
}
