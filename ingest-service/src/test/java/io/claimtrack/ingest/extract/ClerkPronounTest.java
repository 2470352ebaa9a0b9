package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round: "a former clerk" is a person, so the "she" of the quotation after the clerk's statement
 * is the clerk, not a woman who spoke earlier; occupations news names people by (clerk, cashier, receptionist,
 * dispatcher, janitor) are roles.
 */
class ClerkPronounTest {

    @Test
    void theSheAfterAClerksStatementIsTheClerk() {
        AnnotatedDocument doc = extract("""
                Ilse Marrow, a building inspector, said she had seen cracks in the car park in 2021.

                The department declined to comment.

                A former clerk in the permit office, who asked not to be named, told the Courier that inspection reports \
                were often filed late. "It was routine," she said.
                """);
        assertSpeaker(doc, "\"It was routine,\"", "A former clerk in the permit office");
    }
}
