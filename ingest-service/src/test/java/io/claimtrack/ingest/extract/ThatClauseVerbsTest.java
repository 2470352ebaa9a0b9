package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verbs of conjecture, complaint and finding that report a view only with a that-clause (complement-cues.txt):
 * "suspects that", "calculated that", "ordered that"; without one they name an action.
 */
class ThatClauseVerbsTest {

    @Test
    void withAThatClauseTheVerbReportsAView() {
        assertMentions("""
                The ferries were late again on Monday.
                Pilots suspected that the new timetable was drawn up in a hurry.
                The port authority calculates that 4,000 commuters will lose their morning crossing.
                Mayor Vik has long intimated that the pier would close.
                Judge Holm ordered that the logbooks be released by Friday.
                Skipper Lund allowed that some crossings might run late.
                """,
                "Pilots | the new timetable was drawn up in a hurry | suspected | indirect",
                "The port authority | 4,000 commuters will lose their morning crossing | calculates | indirect",
                "Mayor Vik | the pier would close | intimated | indirect",
                "Judge Holm | the logbooks be released by Friday | ordered | indirect",
                "Skipper Lund | some crossings might run late | allowed | indirect");
    }

    @Test
    void withoutAThatClauseTheVerbNamesAnAction() {
        assertEquals(List.of(), cues("""
                Police suspected the skipper of smuggling.
                The clerk calculated the fares for the winter.
                The harbour master ordered a review of the night crossings.
                The board allowed the vote to go ahead.
                Divers discovered a wreck that was older than the pier.
                Crews noticed smoke near the quay.
                """));
    }

    @Test
    void aVerbThatNeedsItsClauseDoesNotMakeTheWordBeforeItANoun() {
        // "allowing" is a cue only before "that": "proposes" keeps its statement.
        assertMentions("The mayor proposes allowing commuters to park at the pier for free.",
                "The mayor | allowing commuters to park at the pier for free | proposes | indirect");
    }
}
