package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "The delegation of Orvania recalled": the person the text names as that state's representative (issue 10). */
class StateRepresentativesTest {

    private static String speakerOf(String text, String content) {
        return statement(Pipeline.through(ResolutionStage.class, text), content).speaker;
    }

    private static final String MISSION = """
            On 4 May, the Permanent Representative of the Kingdom of Orvania to the United Nations, Ambassador Lise \
            Tamm, addressed the General Assembly debate on ocean plastics.

            The delegation of Orvania recalled that its coastal towns collected nine tonnes of nets every week.

            The Permanent Representative stressed that recycling alone could not stem the tide.

            The delegation warned that fishing fleets would suffer first.

            The representative of Orvania noted that a treaty had been drafted in 2028.

            The representative of Kelmark claimed that the draft favoured large exporters.
            """;

    @Test
    void aStatesDelegationOrRepresentativeIsThePersonNamedAsItsRepresentative() {
        assertEquals("Lise Tamm", speakerOf(MISSION, "its coastal towns collected nine tonnes of nets every week"));
        assertEquals("Lise Tamm", speakerOf(MISSION, "recycling alone could not stem the tide"));
        assertEquals("Lise Tamm", speakerOf(MISSION, "fishing fleets would suffer first"));
        assertEquals("Lise Tamm", speakerOf(MISSION, "a treaty had been drafted in 2028"));
    }

    @Test
    void anotherStatesRepresentativeIsNotTheOneNamed() {
        assertEquals("The representative of Kelmark", speakerOf(MISSION, "the draft favoured large exporters"));
        assertEquals("Piet Arendsen", speakerOf("""
                Ambassador Lise Tamm, Permanent Representative of Orvania, opened the session on reef protection. Piet \
                Arendsen, Permanent Representative of Kelmark, spoke next.

                The representative of Kelmark said that reefs had lost a fifth of their cover.
                """, "reefs had lost a fifth of their cover"));
    }

    @Test
    void aTitledNameGivenTheStateAfterIt() {
        assertEquals("Lise Tamm", speakerOf("""
                Ambassador Lise Tamm, the Permanent Representative of Orvania, opened the session on reef protection.

                The delegation of Orvania said that reefs had lost a fifth of their cover.
                """, "reefs had lost a fifth of their cover"));
    }

    @Test
    void aStateWithTwoNamedRepresentativesHasNoOne() {
        assertEquals("delegation of Orvania", speakerOf("""
                Ambassador Lise Tamm, Permanent Representative of Orvania, chaired the morning session on reef protection. \
                In the afternoon, Jon Hald, Deputy Permanent Representative of Orvania, took her seat.

                The delegation of Orvania said that reefs had lost a fifth of their cover.
                """, "reefs had lost a fifth of their cover"));
    }
}
