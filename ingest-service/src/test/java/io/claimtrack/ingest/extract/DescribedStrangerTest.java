package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 42: a person a feature brings in by an indefinite description and never names ("a woman in a yellow
 * raincoat waits ... She is a nurse from Drayfield") speaks as that description, not as the last woman quoted.
 */
class DescribedStrangerTest {

    private static final String OPENING = """
            The night bus to Drayfield

            The last bus leaves the depot at 11:40, and its driver knows most of the riders by name.

            "Some of them I see more than my own family," says Odile Braxenholt, who has driven the route for nine years.

            """;

    @Test
    void thePredicateDescriptionIsTheSpeaker() {
        AnnotatedDocument doc = extract(OPENING + """
                At the third stop, a woman in a yellow raincoat waits under the shelter. She is a nurse from Hallowmere, on her way home after a double shift. "I take this bus every night," she says.
                """);
        assertSpeaker(doc, "\"I take this bus every night,\"", "a nurse from Hallowmere");
    }

    @Test
    void theDescriptionItselfWithoutAPredicate() {
        AnnotatedDocument doc = extract(OPENING + """
                At the third stop, a woman in a yellow raincoat waits under the shelter. "I take this bus every night," she says.
                """);
        assertSpeaker(doc, "\"I take this bus every night,\"", "a woman in a yellow raincoat");
    }

    @Test
    void aWomanNamedSinceIsTheOneTheTextTurnedTo() {
        AnnotatedDocument doc = extract(OPENING + """
                At the third stop, a woman in a yellow raincoat waits under the shelter. Behind her stands Mrs. Pellinore Vask, a cleaner. "I take this bus every night," she says.
                """);
        assertSpeaker(doc, "\"I take this bus every night,\"", "Pellinore Vask");
    }

    @Test
    void aDescriptionOfAnotherGenderLeavesTheSpeaker() {
        AnnotatedDocument doc = extract(OPENING + """
                At the third stop, a man in a grey coat waits under the shelter. "I take this bus every night," she says.
                """);
        assertSpeaker(doc, "\"I take this bus every night,\"", "Odile Braxenholt");
    }

    @Test
    void everyLaterPronounAsksTheSameDescription() {
        AnnotatedDocument doc = extract(OPENING + """
                On the upper deck, a man in a green scarf folds his newspaper. "The heaters never work," he says. The bus turns onto the coast road. "I bring a blanket now," he says.
                """);
        assertSpeaker(doc, "\"The heaters never work,\"", "a man in a green scarf");
        assertSpeaker(doc, "\"I bring a blanket now,\"", "a man in a green scarf");
    }

    @Test
    void aDescriptionBeforeTheLastSpeakerIsNotAsked() {
        AnnotatedDocument doc = extract(OPENING + """
                On the upper deck, a man in a green scarf folds his newspaper. "The heaters work fine," says Tomas Grevelund, the conductor. "I bring a blanket anyway," he says.
                """);
        assertSpeaker(doc, "\"I bring a blanket anyway,\"", "Tomas Grevelund");
    }

    @Test
    void aGenericNounInsideAQuotationBringsNoOneIn() {
        AnnotatedDocument doc = extract(OPENING + """
                Hedda Solvang, 64, said she had written to the depot three times about the broken heater.

                "I wrote and wrote. A grandmother notices the cold," she said. "Nobody ever answered."

                She said she now takes a flask of tea on every trip.
                """);
        assertSpeaker(doc, "\"I wrote and wrote. A grandmother notices the cold,\"", "Hedda Solvang");
        assertSpeaker(doc, "she now takes a flask of tea on every trip", "Hedda Solvang");
    }

    @Test
    void theNarratorsIndefiniteDescriptionStillBringsSomeoneIn() {
        AnnotatedDocument doc = extract(OPENING + """
                At the depot gate, a grandmother in a green coat waits with two bags. "A grandmother notices the cold," she says.
                """);
        assertSpeaker(doc, "\"A grandmother notices the cold,\"", "a grandmother in a green coat");
    }
}
