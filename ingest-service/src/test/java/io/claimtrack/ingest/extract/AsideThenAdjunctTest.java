package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What follows a cue set off by commas: the rest of what was said, or the narrator's adjunct to the whole of it. */
class AsideThenAdjunctTest {

    @Test
    void theNarratorsAdjunctAfterTheAsideEndsWhatWasSaid() {
        AnnotatedDocument doc = extract("""
                Consumer prices in Norland rose 0.2% in May, the statistics agency said, below the 0.3% economists had \
                expected. The jobless rate fell to 4.1%, the labour office said, down from 4.4% in April. The Tessel \
                plant will close in June, the sources said, speaking on condition of anonymity because the talks are \
                confidential. The Greens won 79 of the 150 seats, the electoral commission said, with all ballots counted.
                """);

        assertEquals(List.of("Consumer prices in Norland rose 0.2% in May", "The jobless rate fell to 4.1%",
                "The Tessel plant will close in June", "The Greens won 79 of the 150 seats"), contents(doc));
    }

    @Test
    void aClauseThatGoesOnAfterTheAsideStaysWhole() {
        AnnotatedDocument doc = extract("""
                The new toll, Ada Lindqvist said, with its higher fares, would empty the ferries. The harbour's debt, \
                she said, is below what the council feared.
                """);

        assertEquals(List.of("The new toll with its higher fares, would empty the ferries",
                "The harbour's debt is below what the council feared"), contents(doc));
    }

    @Test
    void aPhraseJoinedToASecondVerbIsTheStatementsOwn() {
        AnnotatedDocument doc = extract("""
                She took the prize, her brother said, with a nod to the jury and went straight back to the clinic.
                """);

        assertEquals(List.of("She took the prize with a nod to the jury and went straight back to the clinic"), contents(doc));
    }
}
