package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "In Holm's view, Y", "In the view of X, Y" and "Holm's response was that Y": the phrase names whose view Y is. */
class ViewPhraseTest {

    @Test
    void aFrontedViewPhraseNamesTheSource() {
        assertMentions("""
                In Councillor Holm's view, the new pier is unsafe for ferries.
                In the view of the harbour board, the fares are too high.
                In the pilots' opinion, the fog is the real danger.
                In his view, nothing changes.
                """,
                "Councillor Holm | the new pier is unsafe for ferries | In Councillor Holm's view | indirect",
                "the harbour board | the fares are too high | In the view of | indirect",
                "the pilots | the fog is the real danger | In the pilots' opinion | indirect",
                "his | nothing changes | In his view | indirect");
    }

    @Test
    void aViewWithoutItsCommaStillOpensTheClause() {
        AnnotatedDocument doc = Pipeline.extract("""
                Justice Marlow, dissenting, would have allowed the appeal. In her view the tenants had been given \
                enough notice and the landlord acted lawfully.
                """);
        Pipeline.assertSpeaker(doc, "the tenants had been given enough notice and the landlord acted lawfully",
                "Justice Marlow");
        assertMentions("""
                In her view of the harbour the boats looked small.
                In his view that the rules are fair, he stands alone.
                """);
    }

    @Test
    void aPlaceOrTimeIsNoSource() {
        assertMentions("""
                In recent years, the town grew.
                In Oslo's harbour, the ferries wait.
                """);
    }

    @Test
    void aNounOfSayingOrAnswerBeforeIsThatOrWasColon() {
        assertMentions("""
                Councillor Holm's response was that the pier is safe.
                The board's answer was: the fares stay as they are.
                Vik's position was strong. Lund's view is that of a pilot.
                """,
                "Councillor Holm | the pier is safe | response | indirect",
                "The board | the fares stay as they are | answer | indirect");
    }
}
