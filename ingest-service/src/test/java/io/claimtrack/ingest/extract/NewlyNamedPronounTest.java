package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 41: a "he" or "she" right after a person newly named as the inverted subject of a fronted phrase
 * ("Among the first patients was X") or in apposition to a description a body owns ("Ustrel sent its minister, X,")
 * goes on with that person, not with the last speaker.
 */
class NewlyNamedPronounTest {

    @Test
    void theSubjectAfterAFrontedPhraseAndWasIsNewlyNamed() {
        AnnotatedDocument doc = extract("""
                New ward opens

                Hospital director Mark Feeney said the ward had cost $12 million. The first beds were filled on Monday.

                Among the first patients was Bertil Ansgar, a baker from Kettle Cove. He said the new ward was quieter than his bakery.
                """);
        assertSpeaker(doc, "the new ward was quieter than his bakery", "Bertil Ansgar");
    }

    @Test
    void aNameInsideTheFrontedPhraseIsNoSubject() {
        AnnotatedDocument doc = extract("""
                New ward opens

                Hospital director Mark Feeney said the ward had cost $12 million. The first beds were filled on Monday.

                Among the visitors who met Bertil Ansgar were two nurses from the old wing. He said the new ward was quieter than the old one.
                """);
        assertSpeaker(doc, "the new ward was quieter than the old one", "Mark Feeney");
    }

    @Test
    void aPlaceOwningTheDescriptionIsNoSubjectBeforeIt() {
        AnnotatedDocument doc = extract("""
                Grain pact signed

                President Hallvard Tessem of Morvia said the grain pact was overdue. Delegates met for three days in Corvell.

                The tiny state of Ustrel sent its fisheries minister, Adaeze Kolawe, because its prime minister had a vote at home. She said the pact was fair to small producers.
                """);
        assertSpeaker(doc, "the pact was fair to small producers", "Adaeze Kolawe");
    }

    @Test
    void aPersonOwningTheDescriptionStillIsTheSubject() {
        AnnotatedDocument doc = extract("""
                Grain pact signed

                Trade envoy Marta Lindqvist said the grain pact was overdue. Delegates met for three days in Corvell.

                Ms. Lindqvist brought her deputy, Adaeze Kolawe, to the final session. She said the pact was fair to small producers.
                """);
        assertSpeaker(doc, "the pact was fair to small producers", "Marta Lindqvist");
    }
}
