package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9: a judgment's own "I accept that", "I find that", "In my view," are the judge's its delivery line names. */
class JudgeVoiceStageTest {

    @Test
    void theJudgesFirstPersonFindingsAreTheJudgeTheDeliveryLineNames() {
        AnnotatedDocument doc = extract("""
                HIGH COURT OF ARVENSHIRE
                R. v. Dunmore Paper Ltd.
                Reasons for Sentence
                Delivered orally on March 2, 2030, by Justice Colm Ferris

                [1] Dunmore Paper Ltd. has pleaded guilty to one count of polluting the Lisk River.

                [2] I accept that the mill's owners acted quickly once the leak was found. I also accept that they \
                have paid for the new filters.

                [3] However, I find that the leak had been reported to two managers a month earlier.

                [4] In my view, only a fine the mill will feel can deter such neglect.
                """);

        assertEquals(List.of(
                "Dunmore Paper Ltd | guilty to one count of polluting the Lisk River | pleaded | indirect",
                "Colm Ferris | the mill's owners acted quickly once the leak was found | accept | indirect",
                "Colm Ferris | they have paid for the new filters | accept | indirect",
                "Colm Ferris | the leak had been reported to two managers a month earlier | find | indirect",
                "Colm Ferris | only a fine the mill will feel can deter such neglect | In my view | indirect"),
                statements(doc));
    }

    @Test
    void withoutADeliveryLineANarratorsIIsNoSpeaker() {
        AnnotatedDocument doc = extract("""
                The ferry must stay

                Councillor Wenna Hale says the ferry loses money.

                I accept that the ferry loses money. In my view, the island needs it all the same.
                """);

        assertEquals(List.of("Wenna Hale | the ferry loses money | says | indirect"), statements(doc));
    }
}
