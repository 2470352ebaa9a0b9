package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46: a maker's verdict on someone's words after "consider" or "find" ("We consider this accusation
 * groundless.") is a statement, as "considers that A" is; weighing words for a time or meeting words
 * made by someone stay none. And a newspaper dateline before "By her own count, NAME has ..." leaves it the owner's.
 */
class WordsJudgedTest {

    @Test
    void aVerdictOnWordsIsAStatement() {
        assertEquals(List.of("this accusation groundless"), contents("We consider this accusation groundless."));
        assertEquals(List.of("these remarks insulting to every nurse in the province"),
                contents("The Nurses' Union of Ostria issued a reply. We find these remarks insulting to every nurse in the province."));
        assertEquals(List.of("this insinuation a smear"), contents("We consider this insinuation a smear."));
    }

    @Test
    void weighingWordsIsNone() {
        assertEquals(List.of(), contents("The council considered the claims for an hour on Tuesday."));
        assertEquals(List.of(), contents("The board considered the allegations carefully."));
    }

    @Test
    void anOwnCountAfterADatelineIsTheOwners() {
        Pipeline.assertOnlyStatement("""
                Retiring ferryman hands over the wheel

                By Lise Tamm

                HARLOW — By his own count, Aurel Veskimets has crossed the sound close to 40,000 times.
                """, "Aurel Veskimets has crossed the sound close to 40,000 times", "Aurel Veskimets");
    }

    private static List<String> contents(String text) {
        return Pipeline.contents(extract(text));
    }
}
