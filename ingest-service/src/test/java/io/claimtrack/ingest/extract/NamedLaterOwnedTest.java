package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round: a description owned by a thing ("The study's lead author") is the person the story later
 * sets the bare description in apposition to ("The lead author, Hanna Kord,"; round 40: or its head alone, "The author,"); and "the inspector who wrote that memo"
 * tells who she is, it says nothing ("that" points at the memo).
 */
class NamedLaterOwnedTest {

    @Test
    void aThingsAuthorIsThePersonTheStoryNamesAsTheAuthor() {
        AnnotatedDocument doc = extract("""
                The study's lead author said the lake had lost a third of its trout since 2010.

                The survey counted fish in 14 lakes of the Marrow basin over six summers.

                The lead author, Hanna Kord, a biologist at Tessel University, said warmer winters were the main cause.
                """);
        assertSpeaker(doc, "the lake had lost a third of its trout since 2010", "Hanna Kord");
    }

    @Test
    void theTitlesModifierMayGoWithItsOwner() {
        assertSpeaker(survey("The author, Ines Varga-Lindqvist, an ecologist at Holt College,"),
                "the marsh had lost half its breeding herons since 2015", "Ines Varga-Lindqvist");
    }

    @Test
    void anotherTitleOfTheOwnerIsSomeoneElse() {
        assertSpeaker(survey("The warden, Ines Varga-Lindqvist,"),
                "the marsh had lost half its breeding herons since 2015", "The survey's chief author");
    }

    /** A survey's "chief author" who speaks, and below, {@code named} "said drained fields were the main cause". */
    private static AnnotatedDocument survey(String named) {
        return extract("""
                The survey's chief author said the marsh had lost half its breeding herons since 2015.

                The count covered nine marshes of the Ember delta over five springs.

                %s said drained fields were the main cause.
                """.formatted(named));
    }

    /**
     * Round 57: a lede's "the bakery's owner announced" is the next person the story introduces with a clause ("X, who
     * bought the bakery in 2031,"), as the lede's bare description is, though no list gives the first name a gender; a
     * person's ("the tenant's lawyer") is not.
     */
    @Test
    void aLedesThingOwnedRoleIsThePersonIntroducedNext() {
        AnnotatedDocument doc = extract("""
                Corner bakery to close after 60 years

                By Lena Ostby

                TOLVIK - The Marrow Street bakery, a fixture of the old harbour since 1979, will close in March, the bakery's owner announced Friday.

                Tovah Halvorsen-Dahl, who bought the bakery from its founders in 2031, said rent had doubled in two years.
                """);
        assertSpeaker(doc, "The Marrow Street bakery, a fixture of the old harbour since 1979, will close in March",
                "Tovah Halvorsen-Dahl");
        AnnotatedDocument lawyer = extract("""
                Tenant sues over heating

                By Lena Ostby

                TOLVIK - The flats on Marrow Street had no heat for six weeks last winter, the tenant's lawyer said Friday.

                Tovah Halvorsen-Dahl, who owns the building, said the boiler had been replaced in March.
                """);
        assertSpeaker(lawyer, "The flats on Marrow Street had no heat for six weeks last winter", "the tenant's lawyer");
    }

    @Test
    void whoWroteThatMemoSaysNothing() {
        AnnotatedDocument doc = extract("""
                A harbour inspector wrote in a 2023 memo that the pier's pilings were rotting.

                Greta Lunn, the inspector who wrote that memo, left the port authority last year. She said the warnings \
                had been ignored.
                """);
        List<String> found = statements(doc);
        assertTrue(found.stream().noneMatch(s -> s.contains("memo, left")), found.toString());
        assertSpeaker(doc, "the warnings had been ignored", "Greta Lunn");
    }
}
