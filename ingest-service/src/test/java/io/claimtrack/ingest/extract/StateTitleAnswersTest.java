package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-second round (govtitles2): "Answer:" turns under a heading that names who answers ("Answers of the
 * Consul ... Oskar Lindqvist-Amoah to questions ...") are that person's, though the page's title names a state by its
 * formal name ("Consulate General of the Kingdom of Marvessa"), which is no person.
 */
class StateTitleAnswersTest {

    @Test
    void theAnswersAreThoseOfThePersonTheHeadingNames() {
        AnnotatedDocument doc = extract("""
                Consulate General of the Kingdom of Marvessa in the Republic of Tellar

                Statement of the Consulate General on the delays in issuing visas

                The Consulate General regrets the delays in issuing visas in July and apologises to the applicants.

                Answers of the Consul for Visa Affairs Oskar Lindqvist-Amoah to questions from the Selwyn Herald

                Question: How long will the delays last?

                Answer: We expect to clear the backlog by the end of August. Four more officers arrived last week.

                Question: Will the fees be refunded?

                Answer: No. The fees cover the processing, which has not changed.
                """);
        assertSpeaker(doc, "We expect to clear the backlog by the end of August. Four more officers arrived last week", "Oskar Lindqvist-Amoah");
    }

    /** A person the title names is still the one who answers. */
    @Test
    void aPersonTheTitleNamesStillAnswers() {
        AnnotatedDocument doc = extract("""
                Interview of Consul Oskar Lindqvist-Amoah with the Selwyn Herald

                Question: How long will the delays last?

                Answer: We expect to clear the backlog by the end of August. Four more officers arrived last week.
                """);
        assertSpeaker(doc, "We expect to clear the backlog by the end of August. Four more officers arrived last week", "Oskar Lindqvist-Amoah");
    }
}
