package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Father tells hearing his daughter 'followed every rule'": a deck's bare kin word is a role as "Union" is, and its
 * speaker the named relative whose statements below repeat the deck's words.
 */
class KinHeadlineTest {

    @Test
    void aDecksKinWordIsTheRelativeWhoseWordsItRepeats() {
        AnnotatedDocument doc = extract("""
                Ferry crash inquiry hears of broken radar

                Father tells hearing his daughter "followed every rule"

                By Staff Writer

                Lena Brovik had finished her safety course a week before the crossing, her father told the inquiry on Monday.

                "She followed every rule. She did every drill they asked of her," Tomas Brovik said. "The radar was the thing that failed."

                Harbour master Ilse Varga said the radar had been reported faulty twice.
                """);
        assertSpeaker(doc, "hearing his daughter \"followed every rule\"", "Tomas Brovik");
    }

    @Test
    void aKinWordNoStatementBelowEchoesStaysAsWritten() {
        AnnotatedDocument doc = extract("""
                Ferry crash inquiry hears of broken radar

                Father tells hearing his daughter "followed every rule"

                By Staff Writer

                Harbour master Ilse Varga said the radar had been reported faulty twice. "We sent the ferry out anyway," Varga said.
                """);
        assertSpeaker(doc, "hearing his daughter \"followed every rule\"", "Father");
    }

    private static final String INQUEST = """
            Inquest opens into death of Tobias Wrenfield

            Family says it begged for help and got nothing

            By Lea Marsh

            """;

    @Test
    void aDecksFamilyIsTheRelativeWhoseWordsItSumsUp() {
        AnnotatedDocument doc = extract(INQUEST + """
                The inquest into the death of Tobias Wrenfield opened on Monday in Corbury.

                His sister, Nadia Wrenfield, said the family had begged the hospital for help twice. "We begged for a \
                doctor and got nothing," she said.
                """);
        assertSpeaker(doc, "it begged for help and got nothing", "Nadia Wrenfield");
    }

    @Test
    void aDecksFamilyWhoseOwnStatementEchoesItStaysTheFamily() {
        // Guard: the family's own statement below says it, not only one relative.
        AnnotatedDocument doc = extract(INQUEST + """
                The family said in a statement that it had begged the hospital for help and got nothing back.

                His sister, Nadia Wrenfield, said the hearing would be hard.
                """);
        assertSpeaker(doc, "it begged for help and got nothing", "Family");
    }
}
