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
    /**
     * Round 57 (bgleft): a lede's description owned by a thing ("the shelter's operations manager") is the next person
     * the story names bare, first naming, no title and nothing set off but an age ("Marguerite X said", "said X, 58."),
     * a given name of no known gender too when that name speaks; only in the next paragraph (a name two paragraphs down,
     * after another's statement, may answer the description's holder); a title before the next name, or a phrase
     * after it, leaves the description as written.
     */
    @Test
    void aThingsOfficeInTheLedeIsTheNextPersonNamedBare() {
        AnnotatedDocument shelter = extract("""
                Shelter beds run short as winter arrives

                By Tomas Ekwueme

                The Riverside Night Shelter turned away 212 people in December, more than in any month since it opened, \
                the shelter's operations manager said Tuesday.

                Marguerite Oyelowo-Brandt said the shelter would open a second floor if the city paid for heating.
                """);
        assertSpeaker(shelter, "The Riverside Night Shelter turned away 212 people in December, more than in any month since it opened",
                "Marguerite Oyelowo-Brandt");
        AnnotatedDocument league = extract("""
                Ferry league caps fares

                PORTHAVEN (AFP) - The nine harbour towns of the Ferry League on Friday agreed to cap fares for residents, \
                the league's transport commissioner announced.

                Osvaldo Kettering-Nyambe told reporters after the meeting that the cap "ends the summer price war."
                """);
        assertSpeaker(league, "The nine harbour towns of the Ferry League on Friday agreed to cap fares for residents",
                "Osvaldo Kettering-Nyambe");
        AnnotatedDocument library = extract("""
                Library keeps reading room open

                The petition was started by a group calling itself Readers for Sundays. The group's treasurer, a retired \
                postal clerk, told the board that 900 people had signed it.

                "We only want one day," said Philippa Arkwright-Moss, 58.
                """);
        assertSpeaker(library, "900 people had signed it", "Philippa Arkwright-Moss");
        AnnotatedDocument harbour = extract("""
                Harbour plan wins backing

                The harbour plan will go ahead, the port authority's chief engineer said Monday.

                Councillor Jana Whitfield-Obi said the council would pay a third of it.
                """);
        assertSpeaker(harbour, "The harbour plan will go ahead", "the port authority's chief engineer");
        AnnotatedDocument aide = extract("""
                Depot to close

                The bus depot on Tarn Street will close in May, the depot's new manager said.

                Halima Voskuijlen of the drivers' union said the drivers had not been told.
                """);
        assertSpeaker(aide, "The bus depot on Tarn Street will close in May", "the depot's new manager");
        AnnotatedDocument answer = extract("""
                Depot to close

                The bus depot on Tarn Street will close in May, the depot's new manager said.

                The drivers' union said it had not been told.

                Halima Voskuijlen told the union's members the closure was a mistake.
                """);
        assertSpeaker(answer, "The bus depot on Tarn Street will close in May", "the depot's new manager");
    }
}
