package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 42: "One of them is X" singles out a person from a group the text spoke of; a later "he" or "she"
 * goes on with that person, not with the last speaker of that gender.
 */
class SinglingOutPronounTest {

    private static final String OPENING = """
            The bakery on Fenwick Street turns fifty

            Bakers at the Corran family bakery still shape every loaf by hand.

            Piers Corran, 68, opened the bakery in 1981. "Flour, water, salt and patience," he says. "That is the whole secret."

            """;

    @Test
    void theOneSingledOutIsTheSubject() {
        AnnotatedDocument doc = extract(OPENING + """
                The regulars come from all over town. One of them is Torvan Quillet-Amsel, 52, who drives in from Marlow Heath every Saturday. His mother bought bread here before him. He buys six rolls each time.

                "I have tried the supermarket bread, and it tastes of nothing," he says.
                """);
        assertSpeaker(doc, "\"I have tried the supermarket bread, and it tastes of nothing,\"", "Torvan Quillet-Amsel");
    }

    @Test
    void oneOfAGroupActingOnTheNameLeavesTheSpeaker() {
        AnnotatedDocument doc = extract(OPENING + """
                The regulars come from all over town. One of the bakers knows Torvan Quillet-Amsel, 52, who drives in from Marlow Heath every Saturday. His mother bought bread here before him.

                "I have tried the supermarket bread, and it tastes of nothing," he says.
                """);
        assertSpeaker(doc, "\"I have tried the supermarket bread, and it tastes of nothing,\"", "Piers Corran");
    }
}
