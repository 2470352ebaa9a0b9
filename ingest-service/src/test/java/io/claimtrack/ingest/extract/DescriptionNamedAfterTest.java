package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A description the text names only after it ("The harbour board's spokeswoman said ... The spokeswoman, Ingrid
 * Solheim, added") is the first person named after it, when that person is given its title.
 */
class DescriptionNamedAfterTest {

    private static final String WIRE = """
            Harbour Board Delays Vote on Ferry Fares

            By Ola Lindqvist

            VESTHAVN — The harbour board's spokeswoman said on Monday that the vote on ferry fares would be delayed by a \
            month. The spokeswoman, Ingrid Solheim, added that the board wanted more time to study the figures.

            A senior union official dismissed the delay as a stalling tactic. The official, Bjorn Aasen, told reporters \
            that crews had waited two years for a decision.

            The town's police chief told the council on Tuesday that queues at the terminal had caused two accidents \
            this summer. Chief Arne Dalen said the force would add patrols on Fridays.
            """;

    @Test
    void aDefiniteDescriptionIsThePersonNamedNextWithItsTitle() {
        AnnotatedDocument doc = extract(WIRE);
        assertSpeaker(doc, "the vote on ferry fares would be delayed by a month", "Ingrid Solheim");
        assertSpeaker(doc, "queues at the terminal had caused two accidents this summer", "Arne Dalen");
    }

    @Test
    void anIndefiniteDescriptionIsTheNameTheSameDescriptionIntroducesAgain() {
        assertSpeaker(extract(WIRE), "the delay as a stalling tactic", "Bjorn Aasen");
    }

    @Test
    void aNameWithAnotherTitleIsSomeoneElse() {
        AnnotatedDocument doc = extract("""
                Ferry Fares to Rise

                A senior union official dismissed the plan as a stalling tactic. Mayor Tove Rasmussen said the town \
                could not pay for more crossings.

                The harbour board's spokeswoman said on Monday that the vote would be delayed. Harbour master Eirik \
                Holm said the queues had grown.
                """);
        assertSpeaker(doc, "the plan as a stalling tactic", "A senior union official");
        assertSpeaker(doc, "the vote would be delayed", "The harbour board's spokeswoman");
    }

    @Test
    void anIndefiniteDescriptionIsNotTheNextTitleHolder() {
        AnnotatedDocument doc = extract("""
                Ferry Fares to Rise

                A union official dismissed the plan as a stalling tactic. Official Tove Rasmussen of the port said \
                the queues had grown.
                """);
        assertSpeaker(doc, "the plan as a stalling tactic", "A union official");
    }

    @Test
    void aDescriptionOfAnotherOfficeBetweenIsSomeoneElse() {
        AnnotatedDocument doc = extract("""
                Norland puts army on alert at the canal

                VESTHAVN, Norland — Norland's defence minister said on Tuesday that the army was ready to guard the \
                canal, a day after the country's transport minister urged both sides to reopen the locks.

                Defence Minister Ola Berg, speaking to cadets at a base near the locks, said two more brigades had \
                moved into the area.
                """);
        assertSpeaker(doc, "the army was ready to guard the canal, a day after the country's transport minister urged both "
                + "sides to reopen the locks", "Ola Berg");
        assertSpeaker(doc, "both sides to reopen the locks", "the country's transport minister");
    }

    @Test
    void anIndefiniteDescriptionOfABodysExpertIsTheNextNamedHolderOfItsTitle() {
        AnnotatedDocument doc = extract("""
                Moravel: UN expert urges release of journalists

                KESTRA / GENEVA (4 January 2038) - A UN human rights expert today urged the Government of Moravel to \
                release the 14 journalists held in the capital, Porto Vell, since the election.

                "Nobody has told the families where they are," said Tamsin Okoro-Vale, the UN Special Rapporteur on \
                freedom of expression, at the end of a ten-day visit.

                The expert welcomed the release of two reporters. The Special Rapporteur said she would raise the cases \
                in Geneva.
                """);
        assertSpeaker(doc, "release of journalists", "Tamsin Okoro-Vale");
        assertSpeaker(doc, "the Government of Moravel to release the 14 journalists held in the capital, Porto Vell, since the election",
                "Tamsin Okoro-Vale");
        assertSpeaker(doc, "the release of two reporters", "Tamsin Okoro-Vale");
        assertSpeaker(doc, "she would raise the cases in Geneva", "Tamsin Okoro-Vale");
    }
}
