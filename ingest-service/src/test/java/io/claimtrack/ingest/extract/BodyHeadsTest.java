package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-fifth round: "the head of the Agency" (or "the Agency's head") is the one person the text set in
 * apposition to heading the body it named in full, before or after the name; not someone heading a unit of the body,
 * and no one when two people are given that head.
 */
class BodyHeadsTest {

    private static final String BRIEFING = """
            Anneli Roos: the spruce beetle has reached the eastern districts

            The Chief Inspector of Forests and head of the State Agency for Forest Protection, Anneli Roos, held a briefing on the spread of the spruce beetle.

            Anneli Roos reported that 12,000 hectares had been surveyed since May. In the east the damage was worse, and the head of the Agency called this "the front line of the summer."

            According to her, felling permits would be issued within a week.

            The head of the Agency's laboratory department, Kaur Mets, told the briefing that traps had caught twice as many beetles as last year.

            Later the Agency's head said that no park would be closed.
            """;

    @Test
    void theHeadOfTheAgencyIsTheOneNamedHeadingIt() {
        AnnotatedDocument doc = extract(BRIEFING);
        assertSpeaker(doc, "this \"the front line of the summer.\"", "Anneli Roos");
        assertSpeaker(doc, "felling permits would be issued within a week", "Anneli Roos");
        assertSpeaker(doc, "no park would be closed", "Anneli Roos");
    }

    @Test
    void theHeadOfAUnitOfTheAgencyHeadsNoAgency() {
        assertSpeaker(extract(BRIEFING), "traps had caught twice as many beetles as last year", "Kaur Mets");
    }

    @Test
    void aHeadNamedBeforeTheBodyInARelativeClause() {
        AnnotatedDocument doc = extract("""
                Rail safety inspections to double

                Inspectors will check every level crossing this year, Tarmo Kask, who heads the National Rail Safety Board, told reporters on Tuesday.

                Two crossings failed their last check, the head of the Board said.
                """);
        assertSpeaker(doc, "Two crossings failed their last check", "Tarmo Kask");
    }

    /** Two people given the head of one body (a predecessor and a successor): the title names neither. */
    @Test
    void aBodyWithTwoHeadsNamesNoOne() {
        AnnotatedDocument doc = extract("""
                New head for the ports authority

                Ilse Varga, head of the Coastal Ports Authority until May, handed over to Ruben Ostrov. Ruben Ostrov, who heads the Coastal Ports Authority from June, said that fees would not rise.

                The ferry timetable will change in autumn, the head of the Authority said.
                """);
        Attribution a = Pipeline.statement(doc, "The ferry timetable will change in autumn");
        org.junit.jupiter.api.Assertions.assertNotEquals("Ilse Varga", a.speaker);
    }
}
