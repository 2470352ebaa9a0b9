package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "The head of the Norvian state said": a readout's office named with whose state it is, one description (its
 * "state" no verb), the head of state of that place (issue 10).
 */
class HeadOfTheStateTest {

    @Test
    void theGuestsStateNamesTheGuest() {
        String readout = """
                Talks with President of Norvia Petra Lind

                Pavel Marek held talks with President of the Republic of Norvia Petra Lind, who is on an official visit.

                The talks covered trade, energy and the new rail link across the Vessa river.

                Pavel Marek noted that the rail link would open in the spring. The head of the Norvian state said the \
                link was "long overdue".
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, readout);
        Attribution a = statement(doc, "the link was \"long overdue\"");
        assertEquals("The head of the Norvian state", a.mention.text());
        assertEquals("Petra Lind", a.speaker);
    }

    /** The host named bare by his own press service, whose office the readout's "The President" gives. */
    @Test
    void theHostsOwnStateNamesTheHost() {
        String readout = """
                Telephone conversation with Prime Minister of Selvia Jan Holt

                5 May 2026, 11:20

                Pavel Marek had a telephone conversation with Prime Minister of Selvia Jan Holt at the initiative of \
                the Selvian side.

                Jan Holt congratulated the President of Tarnia on his re-election.

                The leaders discussed the gas transit contract. The President stressed that the contract must be \
                honoured in full. The head of the Tarnian state supported the proposal \
                of the Selvian side to hold a ministerial meeting in May.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, readout);
        assertEquals("Pavel Marek", statement(doc, "the proposal of the Selvian side to hold a ministerial meeting in May").speaker);
    }
}
