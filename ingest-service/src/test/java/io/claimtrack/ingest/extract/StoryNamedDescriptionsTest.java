package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-sixth round: a description is given the name the story gives it. "The airline" is the carrier the
 * story named, not a pilots' association whose name holds the word; a deck's "union says" is the union whose statement
 * below it echoes; "the referee" is the person the story sets those words in apposition to.
 */
class StoryNamedDescriptionsTest {

    private static final String RUNWAY = """
            Jet overshoots runway in Norland; all aboard safe

            HARSTAD, Norland (PNP) — A passenger jet overshot the runway at Harstad airport on Monday. No one was hurt, officials said.

            The plane, operated by Norlandic carrier SkyNord, was arriving from Tromvik. The airline said in a statement that the crew had followed procedures.

            The pilots' union, the Norland Airline Pilots Association, said its members had warned about the runway for years.
            """;

    @Test
    void theAirlineIsTheCarrierTheStoryNamed() {
        AnnotatedDocument doc = extract(RUNWAY);
        assertSpeaker(doc, "the crew had followed procedures", "SkyNord");
        assertSpeaker(doc, "its members had warned about the runway for years", "Norland Airline Pilots Association");
    }

    @Test
    void aDecksUnionIsTheUnionWhoseStatementEchoesIt() {
        assertSpeaker(extract("""
                Dunmore Foods to close Ashby plant, cut 400 jobs

                Shares fall 4 per cent; union says workers learned of closing from the news

                ASHBY — Dunmore Foods Inc. will close its Ashby plant and cut 400 jobs, the company said Wednesday.

                The United Bakery and Grain Workers, which represents most of the plant's employees, said members learned of the closing "from the news, like everyone else."

                Union president Carla Moss-Adeyemi called the decision "a betrayal."
                """), "workers learned of closing from the news", "United Bakery and Grain Workers");
    }

    @Test
    void theRefereeIsThePersonTheStorySetsInAppositionToIt() {
        assertSpeaker(extract("""
                Late penalty sends Harwick through

                MALMBY (PNP) — Harwick beat Ostend 2-1 on Sunday after the referee ruled that Ostend defender Tomas Greve-Akande had handled the ball in the 88th minute.

                "It was soft," Ostend coach Marta Lindholm-Okafor said.

                The league said in a statement that the referee, Jonas Vik-Adeyemi, had applied the laws correctly.
                """), "Ostend defender Tomas Greve-Akande had handled the ball in the 88th minute", "Jonas Vik-Adeyemi");
    }

    /** Round 58: a trade no list knows, described first and set off with a name below in the same head. */
    @Test
    void aDescribedTradeIsTheNameSetOffWithItBelow() {
        AnnotatedDocument doc = extract("""
                Harbor town loses its ferry pilots

                By Dana Ruiz

                MILLPORT — The ferry has not run since May.

                A retired welder who watched the crossing at Dock Road and 2nd Street for eleven years, until his back gave out in April, said the pay was never the issue. "The issue is the weather," he said.

                The welder, Oskar Lindqvist-Moyo, 69, said he would return "tomorrow" if the city asked.
                """);
        assertSpeaker(doc, "the pay was never the issue", "Oskar Lindqvist-Moyo");
        assertSpeaker(doc, "\"The issue is the weather,\"", "Oskar Lindqvist-Moyo");
    }

    /** Round 58: "a former headteacher" is "The teacher, X," below: a closed compound ends in the role set off. */
    @Test
    void aCompoundsLastRoleIsTheNameSetOffWithIt() {
        assertSpeaker(extract("""
                Bell tower to stay silent at dawn

                By Ines Paluch

                CORVALE — The chapel bell will no longer ring before eight.

                "It rang at six for forty years," said a former headteacher who lives beside the chapel. "Nobody slept in."

                The teacher, Rosalind Mbeki-Varga, 68, said she would miss it.
                """), "\"It rang at six for forty years,\"", "Rosalind Mbeki-Varga");
    }

    /** "A spokesperson for the minister, Olivia Brandt," names the spokesperson, not the minister. */
    @Test
    void aPrepositionsObjectIsNoApposition() {
        assertSpeaker(extract("""
                Province caps nursing agency fees

                Long-Term Care Minister Sandra Whitehorse announced the cap on Thursday. The minister said the savings would go to wages.

                A spokesperson for the minister, Olivia Brandt, said in an e-mail that the cap would start in April.
                """), "the savings would go to wages", "Sandra Whitehorse");
    }

    /** "Strategists at X" are a group of people, as "Analysts at X" are: their "They" is them, not the firm. */
    @Test
    void strategistsAtAFirmAreAGroupTheirTheyTakes() {
        AnnotatedDocument doc = extract("""
                Stocks slide as inflation surprise revives rate fears

                LONDON (Halyard) - World shares fell on Wednesday. Oil firmed after Tarvia's energy ministry said output would drop.

                Strategists at Merrow & Blunt said in a note to clients that the data made it harder to argue for a cut. They recommended that clients cut holdings of long-dated Tarvian bonds.
                """);
        assertSpeaker(doc, "the data made it harder to argue for a cut", "Strategists at Merrow & Blunt");
        assertSpeaker(doc, "clients cut holdings of long-dated Tarvian bonds", "Strategists at Merrow & Blunt");
    }

    /** "The Ambassador" of a readout is the guest its lede sets after his full title, however long, when no speaker holds it. */
    @Test
    void theAmbassadorIsTheGuestNamedAfterHisFullTitle() {
        AnnotatedDocument doc = extract("""
                Ministry of Foreign Affairs of the Republic of Norland

                Meeting of Minister Ilse Marwick with the Ambassador of the Kingdom of Ostria

                On 14 October, Minister of Foreign Affairs of the Republic of Norland Ilse Marwick received the newly appointed Ambassador Extraordinary and Plenipotentiary of the Kingdom of Ostria to Norland, Tobias Lindgren, at his request.

                The Minister congratulated the Ambassador on the start of his mission.

                The Ambassador assured the Minister that he would make every effort to strengthen relations between the two countries.
                """);
        assertSpeaker(doc, "he would make every effort to strengthen relations between the two countries", "Tobias Lindgren");
    }

    /** Round 53: a title after a name keeps its holder across a participle's phrase closed by a comma ("held on 4 May,"). */
    @Test
    void aTitleBeforeAParticiplesPhraseIsTheNamedHolders() {
        AnnotatedDocument doc = extract("""
                Ferry board picks new chair

                Helga Marstrand, Returning Officer for the vote held on 4 May, said the count was clean. Later, the \
                Returning Officer said the turnout was the highest in years.
                """);
        assertSpeaker(doc, "the turnout was the highest in years", "Helga Marstrand");
    }
}
