package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-second round (govtitles2): a periphrasis used again paragraphs after the holder's name ("the head of
 * Nordavel's diplomacy") is whom its first use was found to be, once the name is out of a description's reach.
 */
class PeriphrasisAgainTest {

    /** Paragraphs that name no one, to put the later use out of reach of the name. */
    private static final String AGENDA = """
            The sides reviewed the state of bilateral relations and the work of the joint commission on trade, which \
            met twice last year, and noted the growth of freight traffic through the northern ports of both countries.

            Considerable attention was paid to energy, in particular to the offshore wind tenders, the grid link under \
            the strait and the storage of hydrogen, as well as to the training of engineers for the new terminals.

            The interlocutors also discussed the situation in the Grey Sea, the protection of fishing grounds and the \
            exchange of data between the coast guards, and agreed to hold consultations on these matters every year.

            Questions of culture and education were also touched upon, including the opening of language courses, the \
            exchange of students between the universities and a festival of film planned for the coming autumn.
            """;

    private static final String READOUT = """
            Ilse Varnhout holds talks with the Foreign Minister of Pellmark

            On 3 March 2031, the Minister of Foreign Affairs of the Republic of Nordavel, Ilse Varnhout, held talks in \
            Tarsk with the Minister of Foreign Affairs of Pellmark, Bram Oyelaran-Stede.

            Opening the talks, the head of Nordavel's diplomacy noted that trade between the two countries had doubled.

            """ + AGENDA + AGENDA + """

            The guest briefed his host on plans to open a consulate in Vell. %s welcomed the plan, noting that 4,000 \
            Pellmark citizens live in the Vell region.
            """;

    @Test
    void thePeriphrasisAgainIsItsHolder() {
        AnnotatedDocument doc = extract(READOUT.formatted("The head of Nordavel's diplomacy"));
        assertSpeaker(doc, "the plan", "Ilse Varnhout");
    }

    /** Another periphrasis, never found before, is no one's. */
    @Test
    void anotherPeriphrasisIsNotTheFirstOnesHolder() {
        AnnotatedDocument doc = extract(READOUT.formatted("The head of Pellmark's trade mission"));
        assertSpeaker(doc, "the plan", "The head of Pellmark's trade mission");
    }
}
