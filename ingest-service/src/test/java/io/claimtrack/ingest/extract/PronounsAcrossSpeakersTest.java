package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A feature's "he said" and "she said" among several people's quotes: the person the text turned to since the last
 * speaker, by a gender the earlier pronouns, a first name or a title show, not the one quoted in between.
 */
class PronounsAcrossSpeakersTest {

    private static final String MARKET = """
            Last honey stall closes on Harbour Row

            LINDHAVEN — Margit Solberg-Eide sold her last jar of honey on Sunday, 40 years after she set up her stall.

            “I will miss the regulars,” she said.

            Coun. Edda Fairweather-Lunde said the city would review stall fees next year. “We should have done it \
            sooner,” she said.

            Across the square, Ji-ho Brannigan-Vos, who opened an olive stall in 2018, said he had offered to buy her \
            recipes. She turned him down, he said, “very kindly.”

            As the crowd thinned, Margit folded her table and packed the last crates into the van.

            “Now I rest,” she said.
            """;

    private static final String SHOP = """
            Family shop on Mill Lane shuts its doors

            HOLMBY — The Brandt-Osei hardware shop closed on Saturday after 58 years.

            Her sons, Anselm and Tobiah, grew up behind the counter. Anselm is a pilot; Tobiah teaches in Holmby.

            “We swept this floor every summer,” Anselm said.

            Arvid Kellgren-Moss, 81, has bought nails here since 1969.

            “Nobody else knows what I mean by the small ones,” he said.

            Tobiah, the younger son, stayed behind the counter all morning. He said the last day felt “like a long \
            goodbye.”
            """;

    private static final String COURT = """
            Sentencing set in Harbour Road crash

            Justice Ingrid Valcourt-Mbeki heard the plea on Monday. Defence lawyer Matthias Oyelaran-Brandt asked her \
            to consider a suspended sentence.

            The victim’s sister, Ruth Calloway-Dunne, read a statement to the court.

            “We lost him in a second,” she said.

            The justice set sentencing for May 4. She said she would read every letter filed with the court.
            """;

    private static final String PARTNER = """
            Minister backs sale of port stake

            Transport Minister Helga Ostrowitz-Baine told reporters on Monday that the state would sell up to a \
            quarter of its port operator.

            She conceded that the plan divided the coalition. The junior coalition partner, the Fenland League, has \
            said it will vote against any sale.

            "I would ask them to read the figures first," she said.
            """;

    private static final String COUNCIL = """
            Bus network plan draws fire

            The transit authority's chief executive, Tomas Wrenfield-Akers, defended the plan on Tuesday. "We cannot \
            keep the old map," he told the council.

            Councilwoman Ilse Marchetti-Doyle said the new routes would hurt night workers. "Nobody asked them," she said.

            The figure drew doubts from Councilwoman Rosa Quintanar-Lee, who represents the north side and who asked for \
            the ridership data in May. The data, she said, arrived on Monday.
            """;

    @Test
    void aPersonTheTextTellsOfInARelativeClauseIsNoPassingMention() {
        assertSpeaker(extract(COUNCIL), "The data arrived on Monday", "Rosa Quintanar-Lee");
    }

    @Test
    void aDescriptionWithABodyNamedInAppositionIsNoShe() {
        assertSpeaker(extract(PARTNER), "\"I would ask them to read the figures first,\"", "Helga Ostrowitz-Baine");
    }

    @Test
    void aPronounAlreadyGivenToSomeoneSaysTheirGender() {
        // Ji-ho's first name shows no gender; his own "he" does, so "she" is the woman the text turned to since.
        assertSpeaker(extract(MARKET), "“Now I rest,”", "Margit Solberg-Eide");
    }

    @Test
    void aFirstNameAloneOpeningTheSentenceIsTheSubject() {
        assertSpeaker(extract(SHOP), "the last day felt “like a long goodbye.”", "Tobiah");
    }

    @Test
    void aLoneWordOnNoListOfFirstNamesStaysTheLastSpeaker() {
        AnnotatedDocument doc = extract(SHOP.replace("Tobiah", "Quillmarsh"));
        assertSpeaker(doc, "the last day felt “like a long goodbye.”", "Arvid Kellgren-Moss");
    }

    @Test
    void theJusticeOpeningTheSentenceBeforeIsTheJudgeNamedAbove() {
        assertSpeaker(extract(COURT), "she would read every letter filed with the court", "Ingrid Valcourt-Mbeki");
    }
}
